package io.receiptcoupons.system.store;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.TransactionStore;

/**
 * When a committed embedded transaction is durable: its write set is appended to the {@link
 * WriteAheadLog} before its in-memory commit, a {@link GroupCommit} writes the log for many at
 * once, and periodic checkpoints store the B-trees and drop the log behind them.
 */
final class Journal implements AutoCloseable {

  private final MVStore store;
  private final WriteAheadLog log;
  private final boolean fsync;
  private final GroupCommit group;
  // Append and in-memory commit hold it shared, so a checkpoint's rotation sees no half-done one.
  private final ReentrantReadWriteLock rotation = new ReentrantReadWriteLock();
  private final Checkpointer checkpoints;

  private Journal(MVStore store, WriteAheadLog log, StoreConfig config) {
    this.store = store;
    this.log = log;
    this.fsync = config.durability() == StoreConfig.Durability.FSYNC;
    boolean logging = config.durability() != StoreConfig.Durability.BACKGROUND;
    this.group = logging ? new GroupCommit("store-group-commit", () -> log.flush(fsync)) : null;
    this.checkpoints =
        logging
            ? new Checkpointer(
                this::checkpoint, config.checkpointSeconds(), config.checkpointMb() * (1L << 20))
            : null;
  }

  /** Redoes what the log of {@code file} holds past the stored state, then starts a new log. */
  static Journal open(MVStore store, TransactionStore transactions, Path file, StoreConfig config) {
    LogRedo.recover(store, transactions, file, config.durability() == StoreConfig.Durability.FSYNC);
    WriteAheadLog log = new WriteAheadLog(file);
    Journal journal = new Journal(store, log, config);
    if (journal.group != null) {
      log.start();
    }
    return journal;
  }

  /**
   * Runs {@code commit}, the in-memory commit, after appending {@code writes} to the log; returns
   * true when the caller must then {@link #awaitDurable} before it answers.
   */
  boolean commit(List<LogRecord.Write> writes, Runnable commit) {
    if (writes.isEmpty() || group == null) {
      commit.run();
      return false;
    }
    Lock shared = rotation.readLock();
    shared.lock();
    try {
      log.append(writes);
      commit.run();
    } finally {
      shared.unlock();
    }
    checkpoints.logGrew(log.size());
    return true;
  }

  /** Returns once every append before this call is written (and forced, with fsync). */
  void awaitDurable() {
    group.awaitDurable();
  }

  /**
   * Rotates the log, then stores the B-trees, then deletes the segments that store covers: after it
   * the store file alone holds every transaction appended before the call.
   */
  synchronized void checkpoint() {
    if (group == null) {
      store.commit();
      return;
    }
    List<Path> covered;
    Lock exclusive = rotation.writeLock();
    exclusive.lock();
    try {
      covered = log.isEmpty() ? List.of() : log.rotate(fsync);
    } finally {
      exclusive.unlock();
    }
    storeAndDrop(covered);
  }

  private void storeAndDrop(List<Path> covered) {
    store.commit();
    if (fsync) {
      store.sync();
    }
    log.delete(covered);
  }

  boolean isHealthy() {
    return log.isHealthy();
  }

  /** Stops the checkpoints and the group commit, writing what callers already wait for. */
  @Override
  public void close() {
    if (group != null) {
      checkpoints.close();
      group.close();
      log.close();
    }
  }

  /** Deletes the log, once the store file has been committed and closed. */
  void deleteLog() {
    log.delete(log.segments());
  }
}
