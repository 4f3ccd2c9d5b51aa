package io.receiptcoupons.simulate;

import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.checkout.CheckoutRequest;
import io.receiptcoupons.checkout.CheckoutService;
import io.receiptcoupons.ledger.Ledger;
import io.receiptcoupons.ledger.LedgerExport;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Replays historic transactions, in time order, as real checkouts against the given campaigns, then
 * reports per campaign and day from the ledger the replay wrote.
 */
@ApplicationScoped
public class Simulation {

  private final Rulesets rulesets;
  private final CheckoutService checkouts;
  private final Ledger ledger;
  private final LedgerExport export;
  private final ProgrammeConfig programme;

  Simulation(
      Rulesets rulesets,
      CheckoutService checkouts,
      Ledger ledger,
      LedgerExport export,
      ProgrammeConfig programme) {
    this.rulesets = rulesets;
    this.checkouts = checkouts;
    this.ledger = ledger;
    this.export = export;
    this.programme = programme;
  }

  /** What to replay and where to write; {@code from} and {@code to} may be null. */
  public record Options(
      Path transactions,
      Path campaigns,
      LocalDate from,
      LocalDate to,
      Path out,
      boolean terminal) {}

  public void run(Options o, PrintWriter out) throws IOException {
    Ruleset rules = rulesets.install(o.campaigns());
    List<CheckoutRequest> all = HistoryTransactions.read(o.transactions());
    if (all.isEmpty()) {
      throw new IllegalArgumentException(o.transactions() + ": no transactions");
    }
    LocalDate to = o.to() != null ? o.to() : date(all.get(all.size() - 1));
    // Earlier history is replayed too, so that lookback windows are warm on the first day.
    List<CheckoutRequest> replayed = all.stream().filter(r -> !date(r).isAfter(to)).toList();
    LocalDate from = o.from() != null ? o.from() : date(all.get(0));
    out.printf(
        "replaying %,d checkouts against %d campaigns (ruleset %s), reporting %s to %s in %s%n",
        replayed.size(), rules.campaigns().size(), rules.version(), from, to, programme.timeZone());
    replay(replayed, new Progress(out, replayed.size(), o.terminal()));
    SimulationReport report = new SimulationReport(rules.campaigns(), from, to);
    ledger.replay(0, report::add);
    write(report, o.out(), out);
  }

  private void replay(List<CheckoutRequest> requests, Progress progress) {
    long done = 0;
    progress.update(0);
    for (CheckoutRequest r : requests) {
      checkouts.checkout(r);
      progress.update(++done);
    }
  }

  private void write(SimulationReport report, Path dir, PrintWriter out) throws IOException {
    Files.createDirectories(dir);
    ReportCsv.write(report, dir.resolve("report.csv"));
    SvgChart.perDay(report, dir.resolve("issued-per-day.svg"));
    SvgChart.cumulative(report, dir.resolve("issued-to-date.svg"));
    try (OutputStream ledgerCsv = Files.newOutputStream(dir.resolve("ledger.csv"))) {
      export.write(0, true, ledgerCsv);
    }
    out.println();
    ReportCsv.summary(report, out);
    out.printf(
        "%nwrote report.csv, issued-per-day.svg, issued-to-date.svg and ledger.csv to %s%n", dir);
  }

  private LocalDate date(CheckoutRequest r) {
    return r.occurredAt().atZoneSameInstant(programme.timeZone()).toLocalDate();
  }
}
