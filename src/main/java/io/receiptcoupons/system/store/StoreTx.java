package io.receiptcoupons.system.store;

import java.util.Collection;
import java.util.Map;
import java.util.function.LongSupplier;

/** One open store transaction; maps opened through it share its commit. */
public interface StoreTx {

  /** The named map as this transaction sees it, its own uncommitted writes included. */
  StoreMap map(String name);

  /** Runs {@code action} once this transaction has committed. */
  void onCommit(Runnable action);

  /** Runs {@code action} if this transaction rolls back, e.g. to hand back a reservation. */
  void onRollback(Runnable action);

  /**
   * Says that the work will read these keys of {@code map}: a remote store fetches every key hinted
   * so far in one round trip, on the first read that follows. A hint never changes what a read
   * sees.
   */
  default void prefetch(String map, Collection<String> keys) {}

  /**
   * Puts one entry numbered from {@code sequence}: {@code count} consecutive numbers are reserved,
   * no other caller gets any of them, and the entry is keyed by the last one in 16 hex digits. Its
   * value is {@code head}, the first number as an unsigned LEB128 varint, then {@code tail}. The
   * first reservation continues from {@code last}, the highest number already used.
   */
  void putNumbered(
      String map, String sequence, int count, byte[] head, byte[] tail, LongSupplier last);

  /**
   * Adds one to every field of the shared counter group when this transaction commits, atomically
   * with its writes, if each field is then still within its limit (a null limit: none). Returns
   * false when it is known not to fit; otherwise the commit checks it, and when it no longer fits
   * the transaction runs again and this call then answers false. Only stores shared by replicas
   * have shared counters.
   */
  default boolean incrementIfBelow(String group, Map<String, Long> limits) {
    throw new UnsupportedOperationException("This store has no shared counters");
  }

  /** Adds each delta to its field of the shared counter group, atomically with the commit. */
  default void add(String group, Map<String, Long> deltas) {
    throw new UnsupportedOperationException("This store has no shared counters");
  }
}
