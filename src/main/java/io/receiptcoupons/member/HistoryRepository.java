package io.receiptcoupons.member;

import io.receiptcoupons.system.StoreMap;
import io.receiptcoupons.system.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Reads and writes members' purchase history, one store entry per (member, history key). */
@ApplicationScoped
public class HistoryRepository {

  static final String MAP = "history";
  // Entries sort as "<member>|<key>", so one member's history is one contiguous range.
  private static final char SEPARATOR = '|';
  private static final char AFTER_SEPARATOR = '}';

  public PurchaseHistory load(StoreTx tx, String member) {
    StoreMap map = tx.map(MAP);
    Map<String, DailySeries> series = new HashMap<>();
    String from = member + SEPARATOR;
    Iterator<Map.Entry<String, byte[]>> it = map.entryIterator(from, member + AFTER_SEPARATOR);
    while (it.hasNext()) {
      Map.Entry<String, byte[]> e = it.next();
      series.put(e.getKey().substring(from.length()), DailySeries.decode(e.getValue()));
    }
    return new PurchaseHistory(series);
  }

  /** Writes back the given keys, dropping days before {@code minDay}. */
  public void save(
      StoreTx tx, String member, PurchaseHistory history, Set<String> keys, int minDay) {
    StoreMap map = tx.map(MAP);
    for (String key : keys) {
      DailySeries kept = history.series(key).retainFrom(minDay);
      if (kept.isEmpty()) {
        map.remove(member + SEPARATOR + key);
      } else {
        map.put(member + SEPARATOR + key, kept.encode());
      }
    }
  }

  /** Removes all of a member's history (erasure or opt-out). */
  public void erase(StoreTx tx, String member) {
    StoreMap map = tx.map(MAP);
    Iterator<String> it = map.keyIterator(member + SEPARATOR, member + AFTER_SEPARATOR);
    java.util.List<String> keys = new java.util.ArrayList<>();
    it.forEachRemaining(keys::add);
    keys.forEach(map::remove);
  }
}
