package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Issuance.Budget;
import io.receiptcoupons.system.store.SharedCounters;
import io.receiptcoupons.system.store.StoreTx;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Budget spend shared by every replica: one counter group per campaign ({@code total} and one field
 * per day), checked and taken in one atomic step, so no interleaving of replicas can overrun it.
 */
final class SharedSpend implements BudgetSpend {

  private static final String TOTAL = "total";

  private final SharedCounters counters;

  SharedSpend(SharedCounters counters) {
    this.counters = counters;
  }

  @Override
  public boolean tryTake(String campaignId, Budget budget, LocalDate day) {
    return counters.incrementIfBelow(group(campaignId), limits(budget, day));
  }

  /** Takes one coupon as part of the transaction's commit, which checks the limits again. */
  boolean tryTake(StoreTx tx, String campaignId, Budget budget, LocalDate day) {
    return tx.incrementIfBelow(group(campaignId), limits(budget, day));
  }

  /** Gives one coupon back as part of the transaction's commit. */
  void giveBack(StoreTx tx, String campaignId, LocalDate day) {
    tx.add(group(campaignId), deltas(day, -1));
  }

  @Override
  public void add(String campaignId, LocalDate day, long delta) {
    counters.add(group(campaignId), deltas(day, delta));
  }

  private static Map<String, Long> limits(Budget budget, LocalDate day) {
    Map<String, Long> limits = new LinkedHashMap<>();
    limits.put(TOTAL, budget == null ? null : budget.total());
    limits.put(
        field(day), budget == null || budget.perDay() == null ? null : budget.perDay().longValue());
    return limits;
  }

  private static Map<String, Long> deltas(LocalDate day, long delta) {
    Map<String, Long> deltas = new LinkedHashMap<>();
    deltas.put(TOTAL, delta);
    deltas.put(field(day), delta);
    return deltas;
  }

  @Override
  public long total(String campaignId) {
    return counters.get(group(campaignId), TOTAL);
  }

  @Override
  public long on(String campaignId, LocalDate day) {
    return counters.get(group(campaignId), field(day));
  }

  private static String group(String campaignId) {
    return "budget:" + campaignId;
  }

  private static String field(LocalDate day) {
    return "d:" + day;
  }
}
