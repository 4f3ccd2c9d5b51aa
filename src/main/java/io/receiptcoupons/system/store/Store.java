package io.receiptcoupons.system.store;

import java.util.function.Function;
import java.util.function.LongSupplier;

/** Where every feature keeps its state: atomic transactions over named maps of bytes. */
public interface Store {

  /** Opens the store, or connects to it; idempotent, and safe before any other call. */
  void open();

  /**
   * Runs work in one transaction: all of its writes commit together, or none do. Callbacks that the
   * work registers then run, after the commit or after the rollback.
   */
  <T> T inTransaction(Function<StoreTx, T> work);

  /**
   * Reserves {@code count} consecutive values of a named sequence at once and returns the first; no
   * other caller sharing this store gets any of them. The first call continues from {@code last},
   * the highest value already used.
   */
  long nextBlock(String sequence, int count, LongSupplier last);

  /** Round trips and commands this thread has sent to the store so far; a caller subtracts two. */
  default StoreUse used() {
    return StoreUse.NONE;
  }

  /** True when the store is open and answers a read. */
  boolean isHealthy();
}
