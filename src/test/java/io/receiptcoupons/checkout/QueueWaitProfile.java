package io.receiptcoupons.checkout;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** One checkout thread, room in the queue, and a queue wait far below the deadline. */
public class QueueWaitProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.checkout.deadline", "1s",
        "coupons.checkout.max-concurrency", "1",
        "coupons.checkout.max-queue", "8",
        "coupons.checkout.max-queue-wait", "100ms",
        "coupons.store.path", "target/test-store/queue-wait-" + UUID.randomUUID() + ".mv.db");
  }
}
