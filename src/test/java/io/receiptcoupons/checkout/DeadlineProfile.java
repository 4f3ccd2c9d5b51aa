package io.receiptcoupons.checkout;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * One checkout thread, one queue slot and a deadline whose answer margin leaves one second to
 * decide, on a store of its own.
 */
public class DeadlineProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.checkout.deadline", "20s",
        "coupons.checkout.answer-margin", "19s",
        "coupons.checkout.max-concurrency", "1",
        "coupons.checkout.max-queue", "1",
        "coupons.store.path", "target/test-store/deadline-" + UUID.randomUUID() + ".mv.db");
  }
}
