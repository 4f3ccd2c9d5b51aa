package io.receiptcoupons.system.store;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** The journal's checkpoint thread: every few seconds, and at once when the log grows too big. */
final class Checkpointer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Journal.class);

  private final Runnable checkpoint;
  private final long limitBytes;
  private final ScheduledExecutorService executor;
  private final AtomicBoolean queued = new AtomicBoolean();

  Checkpointer(Runnable checkpoint, int seconds, long limitBytes) {
    this.checkpoint = checkpoint;
    this.limitBytes = limitBytes;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "store-checkpoint");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::scheduled, seconds, seconds, TimeUnit.SECONDS);
  }

  /** Queues one checkpoint when the log's {@code size} is past the limit and none is queued. */
  void logGrew(long size) {
    if (size > limitBytes && queued.compareAndSet(false, true)) {
      try {
        executor.execute(this::scheduled);
      } catch (RejectedExecutionException closing) {
        // The store is closing, and its close stores everything anyway.
      }
    }
  }

  private void scheduled() {
    queued.set(false);
    try {
      checkpoint.run();
    } catch (RuntimeException e) {
      // The log keeps everything the failed checkpoint would have dropped; the next one retries.
      LOG.warn("Store checkpoint failed", e);
    }
  }

  /** Stops the thread, letting a running checkpoint finish. */
  @Override
  public void close() {
    // Not shutdownNow: an interrupt would close MVStore's file channel under a running commit.
    executor.shutdown();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
