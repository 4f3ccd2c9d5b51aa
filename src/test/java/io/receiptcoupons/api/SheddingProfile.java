package io.receiptcoupons.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** One checkout thread and one queue slot, with a deadline long enough to look at a full queue. */
public class SheddingProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.checkout.deadline", "5s",
        "coupons.checkout.max-concurrency", "1",
        "coupons.checkout.max-queue", "1",
        "coupons.checkout.max-queue-wait", "5s",
        "coupons.store.path", "target/test-store/shedding-" + UUID.randomUUID() + ".mv.db");
  }
}
