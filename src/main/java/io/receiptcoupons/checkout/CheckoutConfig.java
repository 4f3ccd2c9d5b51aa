package io.receiptcoupons.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a till waits for its coupons, and how many checkouts run or wait at once. */
@ConfigMapping(prefix = "coupons.checkout")
public interface CheckoutConfig {

  /** From the request's arrival; past it the answer is degraded and nothing is recorded. */
  @WithDefault("50ms")
  Duration deadline();

  /** Checkouts deciding at once (threads); each may wait on the store's group commit. */
  @WithDefault("16")
  int maxConcurrency();

  /** Checkouts waiting for a thread; past this a checkout is shed: degraded at once. */
  @WithDefault("64")
  int maxQueue();
}
