package io.receiptcoupons.system.store;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: callers wait for one shared write of everything committed before they asked, so
 * concurrent transactions pay for one file write (and one fsync) between them, not one each.
 */
final class GroupCommit implements AutoCloseable {

  /** The write that makes committed transactions durable, e.g. MVStore commit then sync. */
  interface Write {
    void run();
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition pending = lock.newCondition();
  private final Condition written = lock.newCondition();
  private final Write write;
  private final Thread writer;
  private long requested;
  private long durable;
  private long failedUpTo;
  private RuntimeException failure;
  private boolean closed;

  GroupCommit(String name, Write write) {
    this.write = write;
    this.writer = new Thread(this::loop, name);
    writer.setDaemon(true);
    writer.start();
  }

  /** Returns once everything committed in memory before this call is written; throws if not. */
  void awaitDurable() {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("The store is closed");
      }
      long ticket = ++requested;
      pending.signal();
      while (durable < ticket && failedUpTo < ticket) {
        written.awaitUninterruptibly();
      }
      if (durable < ticket) {
        throw failure;
      }
    } finally {
      lock.unlock();
    }
  }

  private void loop() {
    while (true) {
      long batch = nextBatch();
      if (batch < 0) {
        return;
      }
      RuntimeException error = null;
      try {
        write.run();
      } catch (RuntimeException e) {
        error = e;
      }
      finish(batch, error);
    }
  }

  private long nextBatch() {
    lock.lock();
    try {
      while (requested == Math.max(durable, failedUpTo) && !closed) {
        pending.awaitUninterruptibly();
      }
      // A close still writes what was asked before it, so no waiter is left hanging.
      return requested == Math.max(durable, failedUpTo) ? -1 : requested;
    } finally {
      lock.unlock();
    }
  }

  private void finish(long batch, RuntimeException error) {
    lock.lock();
    try {
      if (error == null) {
        durable = batch;
      } else {
        failure = error;
        failedUpTo = batch;
      }
      written.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Writes what callers already wait for, then stops the writer; later callers get an error. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      pending.signalAll();
    } finally {
      lock.unlock();
    }
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
