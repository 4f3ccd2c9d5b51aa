package io.receiptcoupons.retention;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** The shipped campaigns on a store of their own, which a sweep far in the future may empty. */
public class RetentionProfile implements QuarkusTestProfile {

  static final int LEDGER_DAYS = 500;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.store.path",
        "target/test-store/retention-" + UUID.randomUUID() + ".mv.db",
        "coupons.retention.ledger-days",
        String.valueOf(LEDGER_DAYS),
        "coupons.retention.batch-size",
        "2");
  }
}
