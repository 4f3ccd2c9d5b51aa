package io.receiptcoupons.campaign;

/** How many of a campaign's budgeted coupons are in use; issuance keeps the count. */
public interface BudgetUsage {
  long used(String campaignId);
}
