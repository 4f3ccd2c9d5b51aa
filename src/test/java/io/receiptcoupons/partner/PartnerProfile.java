package io.receiptcoupons.partner;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** Campaigns that target partner lists, on a store file of their own. */
public class PartnerProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.campaigns.dir",
        "src/test/resources/partner-campaigns",
        "coupons.store.path",
        "target/test-store/partner-" + UUID.randomUUID() + ".mv.db",
        // These tests are about targeting and deletion, not the minimum: see PartnerMinimumTest.
        "coupons.partners.minimum-list-size",
        "1");
  }
}
