package io.receiptcoupons.member;

/** Aggregates over some transactions: how many, how many units, how much spent (yen). */
public record Totals(int times, int quantity, long spend) {

  public static final Totals ZERO = new Totals(0, 0, 0);

  public Totals plus(Totals other) {
    return new Totals(times + other.times, quantity + other.quantity, spend + other.spend);
  }

  public boolean isZero() {
    return times == 0 && quantity == 0 && spend == 0;
  }
}
