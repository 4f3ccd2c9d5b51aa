package io.receiptcoupons.system.store;

import java.util.function.Consumer;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Applies log records to the store in order, as physical puts and removals: from any state at or
 * before the one they lead to, the result is the same, so records the store already holds are
 * harmless.
 */
final class LogRedo implements Consumer<LogRecord> {

  private static final int RECORDS_PER_COMMIT = 1000;
  private final TransactionStore transactions;
  private Transaction batch;
  private int inBatch;

  LogRedo(TransactionStore transactions) {
    this.transactions = transactions;
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
