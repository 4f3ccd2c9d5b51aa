package io.receiptcoupons.system.store;

/** One open store transaction; maps opened through it share its commit. */
public interface StoreTx {

  /** The named map as this transaction sees it, its own uncommitted writes included. */
  StoreMap map(String name);

  /** Runs {@code action} once this transaction has committed. */
  void onCommit(Runnable action);

  /** Runs {@code action} if this transaction rolls back, e.g. to hand back a reservation. */
  void onRollback(Runnable action);
}
