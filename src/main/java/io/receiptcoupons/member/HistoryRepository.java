package io.receiptcoupons.member;

import io.receiptcoupons.shopper.HistoryCodec;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads and writes members' purchase history: one store entry per member, all keys in one value.
 */
@ApplicationScoped
public class HistoryRepository {

  // A checkout reads and writes one entry, not one per history key (264 for a typical member).
  // The name differs from the first layout's ("history", one entry per member and key), which
  // is not read: imports made before this layout must be run again.
  static final String MAP = "member-history";

  /** Hints the store that this transaction will read the member's history. */
  public void prefetch(StoreTx tx, String member) {
    tx.prefetch(MAP, List.of(member));
  }

  public PurchaseHistory load(StoreTx tx, String member) {
    byte[] bytes = tx.map(MAP).get(member);
    return bytes == null ? PurchaseHistory.empty() : HistoryCodec.decode(bytes);
  }

  /**
   * Writes back the member's whole history, first dropping from it the days before {@code minDay}.
   */
  public void save(StoreTx tx, String member, PurchaseHistory history, int minDay) {
    history.retainFrom(minDay);
    if (history.isEmpty()) {
      tx.map(MAP).remove(member);
    } else {
      tx.map(MAP).put(member, HistoryCodec.encode(history));
    }
  }

  /** Removes all of a member's history (erasure or opt-out). */
  public void erase(StoreTx tx, String member) {
    tx.map(MAP).remove(member);
  }
}
