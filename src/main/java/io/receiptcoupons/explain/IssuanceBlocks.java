package io.receiptcoupons.explain;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Issuance;
import io.receiptcoupons.campaign.model.Schedule;
import io.receiptcoupons.issuance.Budgets;
import io.receiptcoupons.issuance.MemberCaps;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What would stop an eligible campaign's coupon: its schedule, the member's caps, its budget. */
@ApplicationScoped
public class IssuanceBlocks {

  private final MemberCaps caps;
  private final Budgets budgets;
  private final ProgrammeConfig programme;

  IssuanceBlocks(MemberCaps caps, Budgets budgets, ProgrammeConfig programme) {
    this.caps = caps;
    this.budgets = budgets;
    this.programme = programme;
  }

  public List<String> of(StoreTx tx, Campaign c, String member, Instant at, LocalDate date) {
    List<String> blocks = new ArrayList<>();
    if (!c.schedule().isLiveAt(at, programme.timeZone())) {
      blocks.add("outside schedule: " + schedule(c.schedule()));
    }
    Issuance.PerMember perMember = c.issuance().perMember();
    if (!caps.allows(tx, c.id(), perMember, member, (int) date.toEpochDay())) {
      blocks.add("per-member cap: " + caps(perMember));
    }
    budget(c, date).ifPresent(blocks::add);
    return blocks;
  }

  private Optional<String> budget(Campaign c, LocalDate date) {
    Issuance.Budget budget = c.issuance().budget();
    if (budget == null) {
      return Optional.empty();
    }
    long used = budgets.used(c.id());
    if (budget.spent(used)) {
      return Optional.of("budget exhausted: " + used + " of " + budget.total() + " used");
    }
    long today = budgets.usedOn(c.id(), date);
    if (budget.spentOn(today)) {
      return Optional.of(
          "daily budget exhausted: " + today + " of " + budget.perDay() + " on " + date);
    }
    return Optional.empty();
  }

  private String schedule(Schedule s) {
    String text = "runs from " + s.from() + " until " + s.until();
    if (s.daysOfWeek() != null) {
      text += ", on " + s.daysOfWeek().stream().map(d -> d.name().toLowerCase()).toList();
    }
    if (s.hours() != null) {
      text += ", " + s.hours().from() + ":00-" + s.hours().until() + ":00";
    }
    return text + " (" + programme.timeZone() + ")";
  }

  private static String caps(Issuance.PerMember p) {
    String max = p.max() == null ? "" : "at most " + p.max() + " coupons";
    String gap = p.minDaysBetween() == null ? "" : p.minDaysBetween() + " days between coupons";
    return (max.isEmpty() || gap.isEmpty() ? max + gap : max + ", " + gap) + " (reached)";
  }
}
