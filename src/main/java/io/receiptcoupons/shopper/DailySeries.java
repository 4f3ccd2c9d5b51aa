package io.receiptcoupons.shopper;

import io.receiptcoupons.product.Totals;
import java.nio.ByteBuffer;

/** One history key's per-day totals for one member, ordered by day (epoch days, local). */
public final class DailySeries {

  public static final DailySeries EMPTY = new DailySeries(new int[0], new long[3]);

  private final int[] days;
  // Prefix sums, three per position: cum[3i..3i+2] = times, quantity, spend of days[0..i-1]. A
  // window's totals are then two binary searches and three subtractions, with no object per day.
  private final long[] cum;

  DailySeries(int[] days, long[] cum) {
    this.days = days;
    this.cum = cum;
  }

  /** This series with {@code add} merged into {@code day}. */
  public DailySeries plus(int day, Totals add) {
    int at = lowerBound(day);
    boolean present = at < days.length && days[at] == day;
    SeriesBuilder b = new SeriesBuilder(days.length + 1);
    copy(b, 0, at);
    b.add(day, present ? perDay(at).plus(add) : add);
    copy(b, present ? at + 1 : at, days.length);
    return b.build();
  }

  /** Sum over the days {@code from..to}, both inclusive. */
  public Totals sum(int from, int to) {
    int lo = lowerBound(from);
    int hi = to == Integer.MAX_VALUE ? days.length : lowerBound(to + 1);
    return hi <= lo ? Totals.ZERO : new Totals(times(lo, hi), quantity(lo, hi), spend(lo, hi));
  }

  /** The first position whose day is {@code day} or later; {@link #size()} if none. */
  public int lowerBound(int day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Times over positions {@code lo..hi-1}; see {@link #lowerBound}. */
  public int times(int lo, int hi) {
    return (int) (cum[3 * hi] - cum[3 * lo]);
  }

  public int quantity(int lo, int hi) {
    return (int) (cum[3 * hi + 1] - cum[3 * lo + 1]);
  }

  public long spend(int lo, int hi) {
    return cum[3 * hi + 2] - cum[3 * lo + 2];
  }

  private Totals perDay(int i) {
    return new Totals(times(i, i + 1), quantity(i, i + 1), spend(i, i + 1));
  }

  /** This series without the days before {@code minDay} and without all-zero days. */
  public DailySeries retainFrom(int minDay) {
    SeriesBuilder b = new SeriesBuilder(days.length);
    for (int i = lowerBound(minDay); i < days.length; i++) {
      Totals t = perDay(i);
      if (!t.isZero()) {
        b.add(days[i], t);
      }
    }
    return b.size() == days.length ? this : b.build();
  }

  /** {@code target} with every day of this series added to it. */
  public DailySeries mergeInto(DailySeries target) {
    SeriesBuilder b = new SeriesBuilder(days.length + target.days.length);
    int i = 0;
    int j = 0;
    while (i < days.length || j < target.days.length) {
      int d = Math.min(dayOr(i), target.dayOr(j));
      Totals t = Totals.ZERO;
      if (dayOr(i) == d) {
        t = t.plus(perDay(i++));
      }
      if (target.dayOr(j) == d) {
        t = t.plus(target.perDay(j++));
      }
      b.add(d, t);
    }
    return b.build();
  }

  private int dayOr(int i) {
    return i < days.length ? days[i] : Integer.MAX_VALUE;
  }

  private void copy(SeriesBuilder b, int from, int to) {
    for (int i = from; i < to; i++) {
      b.add(days[i], perDay(i));
    }
  }

  /** The latest day held; Integer.MIN_VALUE when empty. */
  public int lastDay() {
    return days.length == 0 ? Integer.MIN_VALUE : days[days.length - 1];
  }

  public boolean isEmpty() {
    return days.length == 0;
  }

  public int size() {
    return days.length;
  }

  /** Compact form: zig-zag varints, days as deltas. */
  public byte[] encode() {
    VarInts.Sink out = new VarInts.Sink(4 + days.length * 5);
    write(out);
    return out.toByteArray();
  }

  void write(VarInts.Sink out) {
    VarInts.write(out, days.length);
    int previous = 0;
    for (int i = 0; i < days.length; i++) {
      VarInts.write(out, days[i] - previous);
      previous = days[i];
      VarInts.write(out, times(i, i + 1));
      VarInts.write(out, quantity(i, i + 1));
      VarInts.write(out, spend(i, i + 1));
    }
  }

  public static DailySeries decode(byte[] bytes) {
    return read(ByteBuffer.wrap(bytes));
  }

  static DailySeries read(ByteBuffer in) {
    int n = (int) VarInts.read(in);
    SeriesBuilder b = new SeriesBuilder(n);
    int day = 0;
    for (int i = 0; i < n; i++) {
      day += (int) VarInts.read(in);
      b.add(day, (int) VarInts.read(in), (int) VarInts.read(in), VarInts.read(in));
    }
    return b.build();
  }
}
