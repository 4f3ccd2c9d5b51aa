package io.receiptcoupons.issuance;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** The issuance test campaigns, on a store file of their own so that every run starts unspent. */
public class IssuanceProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.campaigns.dir",
        "src/test/resources/issuance-campaigns",
        "coupons.store.path",
        "target/test-store/issuance-" + UUID.randomUUID() + ".mv.db");
  }
}
