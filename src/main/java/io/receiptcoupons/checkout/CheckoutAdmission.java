package io.receiptcoupons.checkout;

import io.quarkus.runtime.ShutdownEvent;
import io.receiptcoupons.system.store.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Admission of checkouts, for both stores: a bounded pool and queue (past them, or once the
 * checkout itself or the oldest queued one has waited too long since arrival, a checkout is shed:
 * degraded at once, before any work), and a deadline from arrival after which the till gets a
 * degraded answer.
 */
@ApplicationScoped
class CheckoutAdmission {

  private final CheckoutMetrics metrics;
  private final long decideWithinNanos;
  private final long queueWaitNanos;
  private final ThreadPoolExecutor workers;
  private final ScheduledThreadPoolExecutor timers;

  CheckoutAdmission(CheckoutConfig config, StoreConfig store, CheckoutMetrics metrics) {
    this.metrics = metrics;
    this.decideWithinNanos = config.decideWithin().toNanos();
    this.queueWaitNanos = config.queueWait().toNanos();
    int threads = config.threads(store.kind());
    workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(Math.max(1, config.maxQueue())),
            // Nicer than the event loops (with -XX:ThreadPriorityPolicy=1), which then keep
            // reading and shedding under overload; the timer is not, or late answers would wait.
            daemons("checkout-", Thread.MIN_PRIORITY));
    timers =
        new ScheduledThreadPoolExecutor(1, daemons("checkout-deadline-", Thread.NORM_PRIORITY));
    timers.setRemoveOnCancelPolicy(true);
  }

  /** Decides the checkout on a worker within its deadline, or answers it degraded. */
  CompletionStage<CheckoutResponse> submit(
      String transactionId, long arrivalNanos, Function<CheckoutDeadline, CheckoutResponse> work) {
    if (System.nanoTime() - arrivalNanos > queueWaitNanos || queueTooOld()) {
      return shed(transactionId);
    }
    CheckoutDeadline deadline = new CheckoutDeadline(arrivalNanos + decideWithinNanos);
    CompletableFuture<CheckoutResponse> answer = new CompletableFuture<>();
    ScheduledFuture<?> timer =
        timers.schedule(
            () -> late(deadline, answer, transactionId),
            Math.max(0, deadline.remainingNanos()),
            TimeUnit.NANOSECONDS);
    try {
      workers.execute(new Queued(() -> decide(deadline, answer, transactionId, work)));
    } catch (RejectedExecutionException e) {
      timer.cancel(false);
      return shed(transactionId);
    }
    answer.whenComplete((response, error) -> timer.cancel(false));
    return answer;
  }

  /** Whether a checkout arriving now would be shed at once: the queue is full or too old. */
  boolean overloaded() {
    return workers.getQueue().remainingCapacity() == 0 || queueTooOld();
  }

  /** The degraded answer for a shed checkout, counted; also for one shed before it was parsed. */
  CheckoutResponse shedUnread(String transactionId) {
    metrics.shed();
    return CheckoutResponse.degraded(transactionId);
  }

  // The head is the longest waiting: if it waited this long, a new checkout would wait longer.
  private boolean queueTooOld() {
    return workers.getQueue().peek() instanceof Queued oldest
        && System.nanoTime() - oldest.queuedNanos() > queueWaitNanos;
  }

  private CompletionStage<CheckoutResponse> shed(String transactionId) {
    return CompletableFuture.completedFuture(shedUnread(transactionId));
  }

  private void decide(
      CheckoutDeadline deadline,
      CompletableFuture<CheckoutResponse> answer,
      String transactionId,
      Function<CheckoutDeadline, CheckoutResponse> work) {
    try {
      deadline.check();
      answer.complete(work.apply(deadline));
    } catch (CheckoutDeadline.DeadlineExceeded e) {
      late(deadline, answer, transactionId);
    } catch (RuntimeException e) {
      answer.completeExceptionally(e);
    }
  }

  private void late(
      CheckoutDeadline deadline, CompletableFuture<CheckoutResponse> answer, String transactionId) {
    if (deadline.expire() && answer.complete(CheckoutResponse.degraded(transactionId))) {
      metrics.late();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    workers.shutdown();
    timers.shutdown();
  }

  /** A checkout waiting for a thread, with the moment it began to wait. */
  private record Queued(Runnable checkout, long queuedNanos) implements Runnable {
    Queued(Runnable checkout) {
      this(checkout, System.nanoTime());
    }

    @Override
    public void run() {
      checkout.run();
    }
  }

  private static ThreadFactory daemons(String prefix, int priority) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      thread.setPriority(priority);
      return thread;
    };
  }
}
