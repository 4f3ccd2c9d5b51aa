package io.receiptcoupons.member;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** One history key's per-day totals for one member, ordered by day (epoch days, local). */
public final class DailySeries {

  public static final DailySeries EMPTY = new DailySeries(new int[0], new Totals[0]);

  private final int[] days;
  private final Totals[] totals;

  private DailySeries(int[] days, Totals[] totals) {
    this.days = days;
    this.totals = totals;
  }

  /** This series with {@code add} merged into {@code day}. */
  public DailySeries plus(int day, Totals add) {
    int at = Arrays.binarySearch(days, day);
    if (at >= 0) {
      Totals[] t = totals.clone();
      t[at] = t[at].plus(add);
      return new DailySeries(days, t);
    }
    int insert = -at - 1;
    int[] d = new int[days.length + 1];
    Totals[] t = new Totals[days.length + 1];
    System.arraycopy(days, 0, d, 0, insert);
    System.arraycopy(totals, 0, t, 0, insert);
    d[insert] = day;
    t[insert] = add;
    System.arraycopy(days, insert, d, insert + 1, days.length - insert);
    System.arraycopy(totals, insert, t, insert + 1, days.length - insert);
    return new DailySeries(d, t);
  }

  /** Sum over the days {@code from..to}, both inclusive. */
  public Totals sum(int from, int to) {
    int start = Arrays.binarySearch(days, from);
    start = start >= 0 ? start : -start - 1;
    int times = 0;
    int quantity = 0;
    long spend = 0;
    for (int i = start; i < days.length && days[i] <= to; i++) {
      times += totals[i].times();
      quantity += totals[i].quantity();
      spend += totals[i].spend();
    }
    return new Totals(times, quantity, spend);
  }

  /** This series without the days before {@code minDay} and without all-zero days. */
  public DailySeries retainFrom(int minDay) {
    int keep = 0;
    for (int i = 0; i < days.length; i++) {
      keep += days[i] >= minDay && !totals[i].isZero() ? 1 : 0;
    }
    if (keep == days.length) {
      return this;
    }
    int[] d = new int[keep];
    Totals[] t = new Totals[keep];
    for (int i = 0, j = 0; i < days.length; i++) {
      if (days[i] >= minDay && !totals[i].isZero()) {
        d[j] = days[i];
        t[j++] = totals[i];
      }
    }
    return new DailySeries(d, t);
  }

  /** {@code target} with every day of this series added to it. */
  public DailySeries mergeInto(DailySeries target) {
    DailySeries out = target;
    for (int i = 0; i < days.length; i++) {
      out = out.plus(days[i], totals[i]);
    }
    return out;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(4 + days.length * 5);
    VarInts.write(out, days.length);
    int previous = 0;
    for (int i = 0; i < days.length; i++) {
      VarInts.write(out, days[i] - previous);
      previous = days[i];
      VarInts.write(out, totals[i].times());
      VarInts.write(out, totals[i].quantity());
      VarInts.write(out, totals[i].spend());
    }
    return out.toByteArray();
  }

  public static DailySeries decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int n = (int) VarInts.read(in);
    int[] d = new int[n];
    Totals[] t = new Totals[n];
    int day = 0;
    for (int i = 0; i < n; i++) {
      day += (int) VarInts.read(in);
      d[i] = day;
      t[i] = new Totals((int) VarInts.read(in), (int) VarInts.read(in), VarInts.read(in));
    }
    return new DailySeries(d, t);
  }
}
