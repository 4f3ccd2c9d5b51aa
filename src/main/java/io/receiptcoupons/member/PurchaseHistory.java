package io.receiptcoupons.member;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A member's history: per history key, per local day, the totals of their transactions. */
public final class PurchaseHistory {

  private final Map<String, DailySeries> series;

  public PurchaseHistory(Map<String, DailySeries> series) {
    this.series = new HashMap<>(series);
  }

  public static PurchaseHistory empty() {
    return new PurchaseHistory(Map.of());
  }

  /** Adds one transaction's per-key totals on {@code day}. */
  public void record(int day, Map<String, Totals> perKey) {
    perKey.forEach((key, t) -> series.merge(key, DailySeries.EMPTY.plus(day, t), merge(day, t)));
  }

  /** Takes back one transaction's totals on {@code day}, as far as they are still held. */
  public void reverse(int day, Map<String, Totals> perKey) {
    perKey.forEach(
        (key, t) ->
            series.put(key, series(key).plus(day, t.cappedBy(window(key, day, 1)).negate())));
  }

  private static java.util.function.BiFunction<DailySeries, DailySeries, DailySeries> merge(
      int day, Totals t) {
    return (old, ignored) -> old.plus(day, t);
  }

  /** Adds every day of {@code other} into {@code key}'s series; returns the latest day it holds. */
  public int mergeSeries(String key, DailySeries other) {
    DailySeries merged = other.mergeInto(series(key));
    series.put(key, merged);
    return merged.lastDay();
  }

  /** Totals for {@code key} over the {@code days} local days ending with {@code day}. */
  public Totals window(String key, int day, int days) {
    DailySeries s = series.get(key);
    return s == null ? Totals.ZERO : s.sum(day - days + 1, day);
  }

  public DailySeries series(String key) {
    return series.getOrDefault(key, DailySeries.EMPTY);
  }

  public Set<String> keys() {
    return series.keySet();
  }
}
