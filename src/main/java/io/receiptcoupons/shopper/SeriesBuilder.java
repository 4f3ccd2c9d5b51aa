package io.receiptcoupons.shopper;

import io.receiptcoupons.product.Totals;
import java.util.Arrays;

/** Builds a {@link DailySeries} from days appended in increasing order. */
final class SeriesBuilder {
  private final int[] days;
  private final long[] cum;
  private int n;

  SeriesBuilder(int capacity) {
    days = new int[capacity];
    cum = new long[3 * capacity + 3];
  }

  void add(int day, Totals t) {
    add(day, t.times(), t.quantity(), t.spend());
  }

  void add(int day, int times, int quantity, long spend) {
    days[n] = day;
    cum[3 * n + 3] = cum[3 * n] + times;
    cum[3 * n + 4] = cum[3 * n + 1] + quantity;
    cum[3 * n + 5] = cum[3 * n + 2] + spend;
    n++;
  }

  int size() {
    return n;
  }

  DailySeries build() {
    if (n == 0) {
      return DailySeries.EMPTY;
    }
    return n == days.length
        ? new DailySeries(days, cum)
        : new DailySeries(Arrays.copyOf(days, n), Arrays.copyOf(cum, 3 * n + 3));
  }
}
