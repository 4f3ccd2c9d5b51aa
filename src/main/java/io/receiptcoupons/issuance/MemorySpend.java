package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Issuance.Budget;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Budget spend of one process (embedded mode), rebuilt from the ledger at start-up. */
final class MemorySpend implements BudgetSpend {

  private final Map<String, Spend> spend = new ConcurrentHashMap<>();

  @Override
  public boolean tryTake(String campaignId, Budget budget, LocalDate day) {
    return spend(campaignId).tryTake(budget, day);
  }

  @Override
  public void add(String campaignId, LocalDate day, long delta) {
    spend(campaignId).add(day, delta);
  }

  @Override
  public long total(String campaignId) {
    return spend(campaignId).total();
  }

  @Override
  public long on(String campaignId, LocalDate day) {
    return spend(campaignId).on(day);
  }

  private Spend spend(String campaignId) {
    return spend.computeIfAbsent(campaignId, id -> new Spend());
  }
}
