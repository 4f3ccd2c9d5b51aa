package io.receiptcoupons.checkout;

import io.receiptcoupons.system.store.StoreConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** How long a till waits for its coupons, and how many checkouts run or wait at once. */
@ConfigMapping(prefix = "coupons.checkout")
public interface CheckoutConfig {

  /** From the request's arrival; past it the answer is degraded and nothing is recorded. */
  @WithDefault("50ms")
  Duration deadline();

  /**
   * Checkouts deciding at once (threads). Default: twice the processors on the embedded store,
   * where a checkout waits only on the group commit; eight times on Redis, where it waits on two
   * round trips. More threads than that only take the CPU from the HTTP layer under overload.
   */
  OptionalInt maxConcurrency();

  /** Checkouts waiting for a thread; past this a checkout is shed: degraded at once. */
  @WithDefault("64")
  int maxQueue();

  /**
   * The longest a checkout may wait before a thread takes it: one that waited this long since
   * arrival (in the HTTP layer when the CPU is short), or that would queue behind one that did, is
   * shed at once, since it would only spend CPU to miss its deadline. Default: a fifth of the
   * deadline, which kept the p99 at twice saturation within the deadline (docs/benchmarks.md).
   */
  Optional<Duration> maxQueueWait();

  /**
   * Kept back from the deadline for the HTTP layer to write a degraded answer: a checkout not
   * decided by deadline minus this margin answers degraded then, so that the answer has left by the
   * deadline even when the event loop has other requests to read first. Default: a tenth of it.
   */
  Optional<Duration> answerMargin();

  /** The threads, from the setting or the store kind and the processors. */
  default int threads(StoreConfig.Kind store) {
    int perProcessor = store == StoreConfig.Kind.REDIS ? 8 : 2;
    return maxConcurrency().orElse(perProcessor * Runtime.getRuntime().availableProcessors());
  }

  /** How long after arrival a checkout must be decided: the deadline less the answer margin. */
  default Duration decideWithin() {
    return deadline().minus(answerMargin().orElse(deadline().dividedBy(10)));
  }

  /** The queue wait past which checkouts are shed. */
  default Duration queueWait() {
    return maxQueueWait().orElse(deadline().dividedBy(5));
  }
}
