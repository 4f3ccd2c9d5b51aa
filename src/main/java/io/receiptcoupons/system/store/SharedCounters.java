package io.receiptcoupons.system.store;

import java.util.Map;

/** Named groups of counters that every replica shares (scale-out mode); each call is atomic. */
public interface SharedCounters {

  /** Adds each delta to its field of {@code group}, all together. */
  void add(String group, Map<String, Long> deltas);

  /**
   * Adds one to every field of {@code limits} if each is below its limit (a null limit: none), and
   * returns true; otherwise changes nothing and returns false.
   */
  boolean incrementIfBelow(String group, Map<String, Long> limits);

  /** The field's count, zero if never added to. */
  long get(String group, String field);

  /** Every field of the group with its count. */
  Map<String, Long> all(String group);

  /** True when some field of the group has been added to. */
  boolean exists(String group);
}
