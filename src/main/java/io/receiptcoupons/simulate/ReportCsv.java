package io.receiptcoupons.simulate;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.system.Csv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The report file (one row per campaign per reported day) and the summary table. */
final class ReportCsv {
  private ReportCsv() {}

  static final String HEADER =
      "campaign_id,day,eligible_members,decisions,issued,held_out,capped,not_drawn,crowded_out,"
          + "budget_exhausted,budget_used,budget_remaining";

  static void write(SimulationReport r, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write(HEADER + "\n");
      for (Campaign c : r.campaigns()) {
        for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
          w.write(row(r, c, d) + "\n");
        }
      }
    }
  }

  private static String row(SimulationReport r, Campaign c, LocalDate d) {
    DayCounts n = r.on(c.id(), d);
    long used = r.usedThrough(c.id(), d);
    var budget = c.issuance().budget();
    return Csv.line(
        c.id(),
        d.toString(),
        Long.toString(n.members().size()),
        Long.toString(n.decisions()),
        Long.toString(n.issued()),
        Long.toString(n.heldOut()),
        Long.toString(n.capped()),
        Long.toString(n.notDrawn()),
        Long.toString(n.crowdedOut()),
        Long.toString(n.budgetExhausted()),
        Long.toString(used),
        budget == null ? "" : Long.toString(Math.max(0, budget.total() - used)));
  }

  static void summary(SimulationReport r, PrintWriter out) {
    String format = "%-28s %10s %9s %9s %9s %12s %12s%n";
    out.printf(
        format,
        "campaign",
        "eligible",
        "issued",
        "held-out",
        "capped",
        "budget used",
        "ran out on");
    for (Campaign c : r.campaigns()) {
      var budget = c.issuance().budget();
      LocalDate ranOut = r.ranOutOn(c);
      out.printf(
          format,
          c.id(),
          String.format("%,d", r.membersInPeriod(c.id()).size()),
          String.format("%,d", r.sum(c.id(), DayCounts::issued)),
          String.format("%,d", r.sum(c.id(), DayCounts::heldOut)),
          String.format("%,d", r.sum(c.id(), DayCounts::capped)),
          budget == null ? "-" : r.usedThrough(c.id(), r.to()) + "/" + budget.total(),
          ranOut == null ? "-" : ranOut.toString());
    }
    out.println("(eligible: distinct members for whom the conditions held while the campaign ran)");
  }
}
