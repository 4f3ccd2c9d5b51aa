package io.receiptcoupons.system.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.jboss.logging.Logger;

/**
 * Recovery: applies log records to the store in order, as physical puts and removals; from any
 * state at or before the one they lead to the result is the same, so records the store already
 * holds are harmless.
 */
final class LogRedo implements Consumer<LogRecord> {

  private static final Logger LOG = Logger.getLogger(LogRedo.class);
  private static final int RECORDS_PER_COMMIT = 1000;
  private final TransactionStore transactions;
  private Transaction batch;
  private int inBatch;

  LogRedo(TransactionStore transactions) {
    this.transactions = transactions;
  }

  /**
   * Rolls back what a crash left open, redoes the log of {@code file} in order, stores the result
   * and deletes the log: the store file alone then holds every acknowledged transaction.
   */
  static void recover(MVStore store, TransactionStore transactions, Path file, boolean fsync) {
    rollBackInterrupted(transactions);
    WriteAheadLog log = new WriteAheadLog(file);
    LogRedo redo = new LogRedo(transactions);
    WriteAheadLog.Replay replay = log.replay(redo);
    redo.finish();
    if (replay.records() > 0 || replay.stoppedAt() != null) {
      LOG.infof(
          "Replayed %d write-ahead log records (%d writes) from %d segments of %s%s",
          replay.records(),
          replay.writes(),
          replay.segments(),
          file,
          replay.stoppedAt() == null ? "" : "; dropped a torn tail at " + replay.stoppedAt());
    }
    store.commit();
    if (fsync) {
      store.sync();
    }
    log.delete(log.segments());
  }

  // A transaction open when the process died left its uncommitted rows locked in the file.
  private static void rollBackInterrupted(TransactionStore transactions) {
    for (Transaction open : transactions.getOpenTransactions()) {
      if (open.getStatus() == Transaction.STATUS_OPEN) {
        open.rollback();
      }
    }
  }

  @Override
  public void accept(LogRecord record) {
    if (batch == null) {
      batch = transactions.begin();
    }
    for (LogRecord.Write write : record.writes()) {
      TransactionMap<String, byte[]> map = batch.openMap(write.map());
      if (write.value() == null) {
        map.remove(write.key());
      } else {
        map.put(write.key(), write.value());
      }
    }
    if (++inBatch == RECORDS_PER_COMMIT) {
      finish();
    }
  }

  /** Commits what is applied so far. */
  void finish() {
    if (batch != null) {
      batch.commit();
      batch = null;
      inBatch = 0;
    }
  }
}
