package io.receiptcoupons.campaign.engine;

import java.util.Arrays;

/**
 * The member and checkout context, as interned ints so that rules compare numbers only. -1 means
 * unknown. {@code partnerLists} holds the sorted ids of the partner lists the member is on.
 */
public record MemberFact(
    int gender, int age, int area, int tenureDays, int store, int[] scores, int[] partnerLists) {

  public int score(int index) {
    return index < scores.length ? scores[index] : -1;
  }

  public boolean onList(int id) {
    return partnerLists.length > 0 && Arrays.binarySearch(partnerLists, id) >= 0;
  }
}
