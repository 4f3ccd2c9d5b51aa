package io.receiptcoupons.system.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;

/** One embedded transaction: the MVStore transaction, its write set for the log, and its hooks. */
record EmbeddedTx(
    Transaction tx,
    List<LogRecord.Write> writes,
    List<Runnable> afterCommit,
    List<Runnable> afterRollback,
    Store store)
    implements StoreTx {

  EmbeddedTx(Transaction tx, Store store) {
    this(tx, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), store);
  }

  @Override
  public StoreMap map(String name) {
    TransactionMap<String, byte[]> map = tx.openMap(name);
    return new EmbeddedMap(map, name, writes);
  }

  @Override
  public void putNumbered(
      String map, String sequence, int count, byte[] head, byte[] tail, LongSupplier last) {
    long first = store.nextBlock(sequence, count, last);
    map(map).put(Numbered.key(first + count - 1), Numbered.value(head, first, tail));
  }

  @Override
  public void onCommit(Runnable action) {
    afterCommit.add(action);
  }

  @Override
  public void onRollback(Runnable action) {
    afterRollback.add(action);
  }
}
