package io.receiptcoupons.product;

/** Aggregates over some transactions: how many, how many units, how much spent (yen). */
public record Totals(int times, int quantity, long spend) {

  public static final Totals ZERO = new Totals(0, 0, 0);

  public Totals plus(Totals other) {
    return new Totals(times + other.times, quantity + other.quantity, spend + other.spend);
  }

  public Totals negate() {
    return new Totals(-times, -quantity, -spend);
  }

  /** Each figure no larger than {@code max}'s: what can be taken back without going negative. */
  public Totals cappedBy(Totals max) {
    return new Totals(
        Math.min(times, max.times), Math.min(quantity, max.quantity), Math.min(spend, max.spend));
  }

  public boolean isZero() {
    return times == 0 && quantity == 0 && spend == 0;
  }
}
