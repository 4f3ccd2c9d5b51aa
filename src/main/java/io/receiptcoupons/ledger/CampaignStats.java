package io.receiptcoupons.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
  @Schema(description = "Null fields: the campaign has no such limit")
  public record Budget(
      @Schema(nullable = true, description = "Null when the campaign has no total budget")
          Long total,
      @Schema(nullable = true) Long remaining,
      @Schema(nullable = true, description = "Null when the campaign has no daily budget")
          Long perDay,
      @Schema(nullable = true) Long remainingToday,
      long used,
      long usedToday) {}

  /**
   * Redemption rate of coupons issued (voids excluded), and purchase rates of the issued and the
   * held out while the coupon was valid; lift compares the last two. Null when undefined.
   */
  public record Rates(
      @Schema(nullable = true) Double redemption,
      @Schema(nullable = true) Double issuedPurchase,
      @Schema(nullable = true) Double holdoutPurchase,
      @Schema(nullable = true) Double lift) {}
}
