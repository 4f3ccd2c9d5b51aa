package io.receiptcoupons.shopper;

import io.receiptcoupons.product.Totals;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** A member's history: per history key, per local day, the totals of their transactions. */
public final class PurchaseHistory {

  // Keys and series in parallel arrays (position i), so the engine walks arrays, not map nodes.
  private KeyIndex keys;
  private DailySeries[] series;

  PurchaseHistory(int capacity) {
    keys = new KeyIndex(capacity);
    series = new DailySeries[Math.max(4, capacity)];
  }

  public static PurchaseHistory empty() {
    return new PurchaseHistory(16);
  }

  /** Adds one transaction's per-key totals on {@code day}. */
  public void record(int day, Map<String, Totals> perKey) {
    perKey.forEach((key, t) -> put(key, series(key).plus(day, t)));
  }

  /** Takes back one transaction's totals on {@code day}, as far as they are still held. */
  public void reverse(int day, Map<String, Totals> perKey) {
    perKey.forEach(
        (key, t) -> put(key, series(key).plus(day, t.cappedBy(window(key, day, 1)).negate())));
  }

  /** Adds every day of {@code other} into {@code key}'s series; returns the latest day it holds. */
  public int mergeSeries(String key, DailySeries other) {
    DailySeries merged = other.mergeInto(series(key));
    put(key, merged);
    return merged.lastDay();
  }

  /** Adds every key and day of {@code delta}; returns the latest day of the keys it touched. */
  public int merge(PurchaseHistory delta) {
    int latest = Integer.MIN_VALUE;
    for (int i = 0; i < delta.size(); i++) {
      latest = Math.max(latest, mergeSeries(delta.key(i), delta.series(i)));
    }
    return latest;
  }

  /** Drops, in every key, the days before {@code minDay} and the all-zero days. */
  public void retainFrom(int minDay) {
    boolean emptied = false;
    for (int i = 0; i < size(); i++) {
      series[i] = series[i].retainFrom(minDay);
      emptied |= series[i].isEmpty();
    }
    if (emptied) {
      PurchaseHistory kept = new PurchaseHistory(size());
      for (int i = 0; i < size(); i++) {
        if (!series[i].isEmpty()) {
          kept.put(key(i), series[i]);
        }
      }
      keys = kept.keys;
      series = kept.series;
    }
  }

  void put(String key, DailySeries s) {
    int p = keys.add(key);
    if (p == series.length) {
      series = Arrays.copyOf(series, p * 2);
    }
    series[p] = s;
  }

  /** Totals for {@code key} over the {@code days} local days ending with {@code day}. */
  public Totals window(String key, int day, int days) {
    int p = keys.find(key);
    return p < 0 ? Totals.ZERO : series[p].sum(day - days + 1, day);
  }

  public DailySeries series(String key) {
    int p = keys.find(key);
    return p < 0 ? DailySeries.EMPTY : series[p];
  }

  /** How many keys; positions run from 0 to size - 1. */
  public int size() {
    return keys.size();
  }

  public String key(int position) {
    return keys.key(position);
  }

  /** The key's {@link String#hashCode}, held so a lookup elsewhere need not touch the string. */
  public int hash(int position) {
    return keys.hash(position);
  }

  public DailySeries series(int position) {
    return series[position];
  }

  /** The latest day any key holds; Integer.MIN_VALUE when empty. */
  public int lastDay() {
    int latest = Integer.MIN_VALUE;
    for (int i = 0; i < size(); i++) {
      latest = Math.max(latest, series[i].lastDay());
    }
    return latest;
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** The keys, as a read-only view. */
  public Set<String> keys() {
    return new AbstractSet<>() {
      @Override
      public Iterator<String> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size();
          }

          @Override
          public String next() {
            if (next >= size()) {
              throw new NoSuchElementException();
            }
            return key(next++);
          }
        };
      }

      @Override
      public boolean contains(Object o) {
        return o instanceof String s && keys.find(s) >= 0;
      }

      @Override
      public int size() {
        return PurchaseHistory.this.size();
      }
    };
  }
}
