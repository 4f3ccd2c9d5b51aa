package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.BudgetUsage;
import io.receiptcoupons.campaign.model.Issuance.Budget;
import io.receiptcoupons.ledger.LedgerEvent;
import io.receiptcoupons.ledger.LedgerState;
import io.receiptcoupons.system.store.SharedCounters;
import io.receiptcoupons.system.store.StoreConfig;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Coupons spent per campaign, in total and per day. A reservation is atomic (in memory, or in Redis
 * in scale-out mode), so no interleaving can overrun a budget; the ledger is the durable record.
 */
@ApplicationScoped
public class Budgets implements BudgetUsage, LedgerState {

  private final BudgetSpend spend;
  private final boolean shared;

  @Inject
  Budgets(StoreConfig config, Instance<SharedCounters> shared) {
    this(
        config.kind() == StoreConfig.Kind.REDIS
            ? new SharedSpend(shared.get())
            : new MemorySpend());
  }

  Budgets(BudgetSpend spend) {
    this.spend = spend;
    this.shared = spend instanceof SharedSpend;
  }

  /**
   * Takes one coupon of the budget for {@code day}; handed back if the transaction rolls back. A
   * shared budget is taken by the transaction's commit itself, which checks that it still fits.
   */
  public boolean tryReserve(StoreTx tx, String campaignId, Budget budget, LocalDate day) {
    if (shared) {
      return ((SharedSpend) spend).tryTake(tx, campaignId, budget, day);
    }
    if (!spend.tryTake(campaignId, budget, day)) {
      return false;
    }
    tx.onRollback(() -> spend.add(campaignId, day, -1));
    return true;
  }

  /** Hands one coupon issued on {@code day} back to the budget once the transaction commits. */
  public void giveBack(StoreTx tx, String campaignId, LocalDate day) {
    if (shared) {
      ((SharedSpend) spend).giveBack(tx, campaignId, day);
      return;
    }
    tx.onCommit(() -> spend.add(campaignId, day, -1));
  }

  @Override
  public long used(String campaignId) {
    return spend.total(campaignId);
  }

  public long usedOn(String campaignId, LocalDate day) {
    return spend.on(campaignId, day);
  }

  @Override
  public boolean needsReplay() {
    return !shared;
  }

  // Shared spend lives in Redis already: replaying the ledger into it would count it twice.
  @Override
  public void rebuild(LedgerEvent e) {
    if (shared) {
      return;
    }
    if (e.kind() == LedgerEvent.Kind.ISSUED) {
      spend.add(e.campaignId(), e.day(), 1);
    } else if (e.kind() == LedgerEvent.Kind.VOIDED) {
      spend.add(e.campaignId(), e.day(), -1);
    }
  }
}
