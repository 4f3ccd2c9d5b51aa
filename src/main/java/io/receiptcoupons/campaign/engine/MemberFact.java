package io.receiptcoupons.campaign.engine;

/**
 * The member and checkout context, as interned ints so that rules compare numbers only. -1 means
 * unknown.
 */
public record MemberFact(int gender, int age, int area, int tenureDays, int store, int[] scores) {

  public int score(int index) {
    return index < scores.length ? scores[index] : -1;
  }
}
