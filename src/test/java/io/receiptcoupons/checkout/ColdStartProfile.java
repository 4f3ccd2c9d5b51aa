package io.receiptcoupons.checkout;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** A service that starts with no ruleset (as before the rules load) on a store of its own. */
public class ColdStartProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.campaigns.load-at-start", "false",
        "coupons.campaigns.watch", "false",
        "coupons.store.path", "target/test-store/cold-" + UUID.randomUUID() + ".mv.db");
  }
}
