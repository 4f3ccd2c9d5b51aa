package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.BudgetUsage;
import io.receiptcoupons.campaign.model.Issuance.Budget;
import io.receiptcoupons.ledger.LedgerEvent;
import io.receiptcoupons.ledger.LedgerState;
import io.receiptcoupons.system.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coupons spent per campaign, in total and per day. A reservation is atomic in memory, so no
 * interleaving can overrun a budget; the ledger is the durable record it is rebuilt from.
 */
@ApplicationScoped
public class Budgets implements BudgetUsage, LedgerState {

  private final Map<String, Spend> spend = new ConcurrentHashMap<>();

  /** Takes one coupon of the budget for {@code day}; handed back if the transaction rolls back. */
  public boolean tryReserve(StoreTx tx, String campaignId, Budget budget, LocalDate day) {
    Spend s = spend(campaignId);
    if (!s.tryTake(budget, day)) {
      return false;
    }
    tx.onRollback(() -> s.add(day, -1));
    return true;
  }

  /** Hands one coupon issued on {@code day} back to the budget once the transaction commits. */
  public void giveBack(StoreTx tx, String campaignId, LocalDate day) {
    tx.onCommit(() -> spend(campaignId).add(day, -1));
  }

  @Override
  public long used(String campaignId) {
    return spend(campaignId).total();
  }

  public long usedOn(String campaignId, LocalDate day) {
    return spend(campaignId).on(day);
  }

  @Override
  public void rebuild(LedgerEvent e) {
    if (e.kind() == LedgerEvent.Kind.ISSUED) {
      spend(e.campaignId()).add(e.day(), 1);
    } else if (e.kind() == LedgerEvent.Kind.VOIDED) {
      spend(e.campaignId()).add(e.day(), -1);
    }
  }

  private Spend spend(String campaignId) {
    return spend.computeIfAbsent(campaignId, id -> new Spend());
  }
}
