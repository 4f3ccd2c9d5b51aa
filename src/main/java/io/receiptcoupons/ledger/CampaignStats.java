package io.receiptcoupons.ledger;

/** A campaign's funnel, budget and lift, as campaign managers read them. */
public record CampaignStats(String campaignId, Counts counts, Budget budget, Rates rates) {

  /** How many eligible checkouts ended which way, and what became of the coupons. */
  public record Counts(
      long eligible,
      long issued,
      long heldOut,
      long notDrawn,
      long capped,
      long crowdedOut,
      long budgetExhausted,
      long redeemed,
      long voided,
      long rejectedRedemptions) {}

  /** Coupons in use against the budget; perDay figures are for today's local date. */
  public record Budget(
      Long total, Long remaining, Long perDay, Long remainingToday, long used, long usedToday) {}

  /**
   * Redemption rate of coupons issued (voids excluded), and purchase rates of the issued and the
   * held out while the coupon was valid; lift compares the last two. Null when undefined.
   */
  public record Rates(
      Double redemption, Double issuedPurchase, Double holdoutPurchase, Double lift) {}
}
