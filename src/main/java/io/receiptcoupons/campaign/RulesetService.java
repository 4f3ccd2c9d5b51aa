package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.RulesetView.CampaignStatus;
import io.receiptcoupons.campaign.RulesetView.Status;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Reloads on request and reports the live ruleset with each campaign's status. */
@ApplicationScoped
public class RulesetService {

  private final Rulesets rulesets;
  private final BudgetUsage budgets;
  private final ProgrammeConfig programme;
  private final Clock clock = Clock.systemUTC();

  RulesetService(Rulesets rulesets, BudgetUsage budgets, ProgrammeConfig programme) {
    this.rulesets = rulesets;
    this.budgets = budgets;
    this.programme = programme;
  }

  /** Reloads campaigns/; a bad file throws CampaignFileException and changes nothing. */
  public RulesetView reload() {
    rulesets.reload();
    return current();
  }

  public RulesetView current() {
    Ruleset r = rulesets.current();
    Instant now = clock.instant();
    return new RulesetView(
        r.version(),
        r.loadedAt(),
        r.campaigns().stream()
            .map(
                c ->
                    new CampaignStatus(c.id(), c.name(), c.sponsor(), c.priority(), status(c, now)))
            .toList(),
        rulesets.lastFailure());
  }

  /** Where a campaign stands at {@code now}: its schedule, then its budget. */
  public Status status(Campaign c, Instant now) {
    if (now.isBefore(c.schedule().from().toInstant())) {
      return Status.SCHEDULED;
    }
    if (!now.isBefore(c.schedule().until().toInstant())) {
      return Status.ENDED;
    }
    var budget = c.issuance().budget();
    if (budget != null && budget.spent(budgets.used(c.id()))) {
      return Status.BUDGET_EXHAUSTED;
    }
    return c.schedule().isLiveAt(now, programme.timeZone()) ? Status.LIVE : Status.PAUSED;
  }
}
