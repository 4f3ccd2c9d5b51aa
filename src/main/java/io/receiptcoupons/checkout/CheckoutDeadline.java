package io.receiptcoupons.checkout;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One checkout's deadline. Exactly one side wins: the checkout claims it just before its commit, or
 * the deadline expires it first and the checkout then rolls back, so degraded means nothing stored.
 */
public final class CheckoutDeadline {

  /** No deadline: the tools (simulation, scenarios) decide every checkout for real. */
  static final CheckoutDeadline NONE = new CheckoutDeadline(Long.MAX_VALUE);

  private static final int RUNNING = 0;
  private static final int CLAIMED = 1;
  private static final int EXPIRED = 2;
  private final long deadlineNanos;
  private final AtomicInteger state = new AtomicInteger(RUNNING);

  CheckoutDeadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  long remainingNanos() {
    return deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
  }

  /** Throws if the deadline has passed, so that a late checkout stops before more work. */
  void check() {
    if (state.get() == EXPIRED || remainingNanos() <= 0) {
      throw new DeadlineExceeded();
    }
  }

  /** Called before the commit: from here on the checkout is decided and answered for real. */
  void claim() {
    check();
    if (!state.compareAndSet(RUNNING, CLAIMED) && state.get() != CLAIMED) {
      throw new DeadlineExceeded();
    }
  }

  /** True once, for the side that answers degraded; false once the checkout has claimed it. */
  boolean expire() {
    return state.compareAndSet(RUNNING, EXPIRED);
  }

  /** The checkout could not be decided in time; its transaction rolls back. */
  static final class DeadlineExceeded extends RuntimeException {
    DeadlineExceeded() {
      super("checkout deadline exceeded", null, false, false);
    }
  }
}
