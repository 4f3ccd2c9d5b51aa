package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Issuance;
import io.receiptcoupons.ledger.CampaignCounters;
import io.receiptcoupons.ledger.CampaignStats;
import io.receiptcoupons.ledger.CampaignStats.Counts;
import io.receiptcoupons.ledger.CampaignStats.Rates;
import io.receiptcoupons.ledger.Conversions;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** A campaign's stats from the ledger's counters, its budget, and today's spend. */
@ApplicationScoped
public class CampaignStatsService {

  private final CampaignCounters counters;
  private final Budgets budgets;
  private final Rulesets rulesets;
  private final ProgrammeConfig programme;
  private final Clock clock = Clock.systemUTC();

  CampaignStatsService(
      CampaignCounters counters, Budgets budgets, Rulesets rulesets, ProgrammeConfig programme) {
    this.counters = counters;
    this.budgets = budgets;
    this.rulesets = rulesets;
    this.programme = programme;
  }

  /** Stats of a live campaign, or of one the ledger remembers; 404 for neither. */
  public CampaignStats stats(String campaignId) {
    Optional<Campaign> live =
        rulesets.current().campaigns().stream().filter(c -> c.id().equals(campaignId)).findFirst();
    if (live.isEmpty() && !counters.knows(campaignId)) {
      throw new NotFoundException("No campaign " + campaignId);
    }
    Counts counts = counts(campaignId);
    Issuance.Budget limit = live.map(c -> c.issuance().budget()).orElse(null);
    return new CampaignStats(
        campaignId, counts, budget(campaignId, limit), rates(campaignId, counts));
  }

  private Counts counts(String id) {
    long issued = counters.count(id, "issued");
    long heldOut = counters.count(id, "held-out");
    long notDrawn = skipped(id, Outcome.NOT_DRAWN);
    long capped = skipped(id, Outcome.CAPPED);
    long crowdedOut = skipped(id, Outcome.CROWDED_OUT);
    long exhausted = skipped(id, Outcome.BUDGET_EXHAUSTED);
    return new Counts(
        issued + heldOut + notDrawn + capped + crowdedOut + exhausted,
        issued,
        heldOut,
        notDrawn,
        capped,
        crowdedOut,
        exhausted,
        counters.count(id, "redeemed"),
        counters.count(id, "voided"),
        counters.countPrefix(id, "rejected:"));
  }

  private long skipped(String id, Outcome o) {
    return counters.count(id, "skipped:" + o.detail);
  }

  private CampaignStats.Budget budget(String id, Issuance.Budget limit) {
    LocalDate today = clock.instant().atZone(programme.timeZone()).toLocalDate();
    long used = budgets.used(id);
    long usedToday = budgets.usedOn(id, today);
    Long total = limit == null ? null : limit.total();
    Long perDay = limit == null ? null : limit.perDay();
    return new CampaignStats.Budget(
        total,
        total == null ? null : Math.max(0, total - used),
        perDay,
        perDay == null ? null : Math.max(0, perDay - usedToday),
        used,
        usedToday);
  }

  private Rates rates(String id, Counts c) {
    long live = c.issued() - c.voided();
    Double redemption = ratio(c.redeemed(), live);
    Double issuedPurchase = ratio(counters.count(id, "converted:" + Conversions.ISSUED), live);
    Double holdoutPurchase =
        ratio(counters.count(id, "converted:" + Conversions.HELD_OUT), c.heldOut());
    Double lift =
        issuedPurchase == null || holdoutPurchase == null || holdoutPurchase == 0
            ? null
            : issuedPurchase / holdoutPurchase - 1;
    return new Rates(redemption, issuedPurchase, holdoutPurchase, lift);
  }

  private static Double ratio(long part, long whole) {
    return whole <= 0 ? null : (double) part / whole;
  }
}
