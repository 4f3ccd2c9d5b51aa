package io.receiptcoupons.system.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One page of a map's keys for a retention sweep, and the key the next page starts from (null once
 * the map has been walked to its end).
 */
public record KeyPage(List<String> keys, String next) {

  /** Reads up to {@code limit} keys of {@code map} from {@code from} on, in key order. */
  public static KeyPage read(StoreMap map, String from, int limit) {
    List<String> keys = new ArrayList<>(limit);
    Iterator<String> it = map.keyIterator(from, null);
    while (keys.size() < limit && it.hasNext()) {
      keys.add(it.next());
    }
    return new KeyPage(keys, it.hasNext() ? it.next() : null);
  }

  /**
   * Offers each key to {@code deleteIfDue}, which deletes what is due and says whether it did; the
   * count goes under {@code kind}.
   */
  public Swept sweep(String kind, Predicate<String> deleteIfDue) {
    long deleted = 0;
    for (String key : keys) {
      if (deleteIfDue.test(key)) {
        deleted++;
      }
    }
    return new Swept(Map.of(kind, deleted), next);
  }
}
