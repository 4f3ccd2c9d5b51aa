package io.receiptcoupons.issuance;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.RulesetService;
import io.receiptcoupons.campaign.RulesetView.Status;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.ledger.CampaignCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-campaign meters for the live ruleset only: each install replaces them, so a campaign that
 * leaves the ruleset leaves the scrape too, and the campaign tag stays as bounded as the files.
 */
@ApplicationScoped
public class CampaignMeters {

  static final List<String> EVENTS = List.of("issued", "held-out", "redeemed", "voided");
  private final MeterRegistry registry;
  private final CampaignCounters counters;
  private final Budgets budgets;
  private final RulesetService rulesets;
  private final List<Meter> live = new ArrayList<>();

  CampaignMeters(
      MeterRegistry registry, CampaignCounters counters, Budgets budgets, RulesetService rulesets) {
    this.registry = registry;
    this.counters = counters;
    this.budgets = budgets;
    this.rulesets = rulesets;
  }

  // Both outcomes are exported from the start, so that alerts see a zero and not a gap.
  void onStart(@Observes StartupEvent event) {
    registry.counter("coupons.ruleset.reloads", "outcome", "success");
    registry.counter("coupons.ruleset.reloads", "outcome", "failure");
  }

  /** Replaces the ruleset info gauge and every per-campaign meter with the new ruleset's. */
  synchronized void onInstalled(@Observes Ruleset ruleset) {
    live.forEach(registry::remove);
    live.clear();
    live.add(
        Gauge.builder("coupons.ruleset.info", () -> 1)
            .description("The live ruleset version (always 1)")
            .tag("version", ruleset.version())
            // Replicas load the same files at different times: same content, different versions.
            .tag("content", ruleset.contentHash())
            .register(registry));
    ruleset.campaigns().forEach(this::register);
  }

  private void register(Campaign c) {
    for (String event : EVENTS) {
      live.add(
          FunctionCounter.builder("coupons.campaign.coupons", counters, n -> n.count(c.id(), event))
              .description("Coupon events per campaign, counted after commit")
              .tags("campaign", c.id(), "event", event)
              .register(registry));
    }
    live.add(
        Gauge.builder(
                "coupons.campaign.live",
                () -> rulesets.status(c, Instant.now()) == Status.LIVE ? 1 : 0)
            .description("1 while the campaign is in its schedule with budget left")
            .tag("campaign", c.id())
            .register(registry));
    if (c.issuance().budget() != null) {
      registerBudget(c.id(), c.issuance().budget().total());
    }
  }

  private void registerBudget(String id, long total) {
    live.add(
        Gauge.builder("coupons.budget.total", () -> total)
            .description("Coupons the campaign's budget allows in total")
            .tag("campaign", id)
            .register(registry));
    live.add(
        Gauge.builder("coupons.budget.remaining", () -> Math.max(0, total - budgets.used(id)))
            .description("Coupons left in the campaign's budget")
            .tag("campaign", id)
            .register(registry));
  }
}
