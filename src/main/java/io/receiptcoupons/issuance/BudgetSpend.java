package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Issuance.Budget;
import java.time.LocalDate;

/** Where coupons spent per campaign are counted: in memory, or in Redis shared by replicas. */
interface BudgetSpend {

  /** Takes one coupon for {@code day} if the budget (null: none) has room; atomic. */
  boolean tryTake(String campaignId, Budget budget, LocalDate day);

  void add(String campaignId, LocalDate day, long delta);

  long total(String campaignId);

  long on(String campaignId, LocalDate day);
}
