package io.receiptcoupons.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.app.JarCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The packaged jar converts the Complete Journey subset and simulates campaigns on it. */
class SimulateCommandIT {

  static final Path DATA = Path.of("src/test/resources/completejourney");
  static final List<String> NEW_YORK = List.of("coupons.programme.time-zone=America/New_York");
  @TempDir Path dir;

  @Test
  void everyDailyFigureAddsUpToTheLedgerAndTheTinyBudgetRunsOut() throws Exception {
    JarCommand.Result r = simulate("--out", dir.resolve("sim").toString());
    assertThat(r.output()).contains("checkouts", "ETA", "produce-tiny-budget");
    List<Map<String, String>> report = csv(dir.resolve("sim/report.csv"), ReportCsv.HEADER);
    List<Map<String, String>> ledger = csv(dir.resolve("sim/ledger.csv"), null);
    for (Map<String, String> row : report) {
      String c = row.get("campaign_id");
      String d = row.get("day");
      assertThat(row.get("issued")).isEqualTo(count(ledger, c, d, "issued", null));
      assertThat(row.get("held_out")).isEqualTo(count(ledger, c, d, "held-out", null));
      assertThat(row.get("capped")).isEqualTo(count(ledger, c, d, "skipped", "capped"));
      assertThat(row.get("budget_exhausted"))
          .isEqualTo(count(ledger, c, d, "skipped", "budget-exhausted"));
    }
    assertThat(sum(report, "coffee-again", "issued")).isPositive();
    Map<String, String> ranOut = firstWith(report, "produce-tiny-budget", "budget_remaining", "0");
    assertThat(ranOut.get("budget_used")).isEqualTo("3");
    assertThat(r.output()).containsPattern("produce-tiny-budget .* 3/3 +" + ranOut.get("day"));
    assertThat(sum(report, "produce-tiny-budget", "budget_exhausted")).isPositive();
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(dir.resolve("sim/issued-per-day.svg").toFile());
    assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2);
    assertThat(svg.getDocumentElement().getTextContent()).contains("coffee-again");
  }

  @Test
  void fromAndToLimitTheReportWhileEarlierHistoryStillCounts() throws Exception {
    simulate("--out", dir.resolve("june").toString(), "--from", "2017-06-01", "--to", "2017-06-30");
    List<Map<String, String>> report = csv(dir.resolve("june/report.csv"), ReportCsv.HEADER);
    assertThat(report).hasSize(2 * 30).allMatch(row -> row.get("day").startsWith("2017-06-"));
    // The budget was spent in January: replayed, not reported, and still counted.
    assertThat(firstWith(report, "produce-tiny-budget", "day", "2017-06-01"))
        .containsEntry("budget_used", "3")
        .containsEntry("issued", "0");
  }

  private JarCommand.Result simulate(String... extra) throws Exception {
    Path history = dir.resolve("history.csv");
    JarCommand.Result convert =
        JarCommand.run(
            dir,
            List.of(),
            "convert-completejourney",
            "--transactions",
            DATA.resolve("transactions.csv").toString(),
            "--products",
            DATA.resolve("products.csv").toString(),
            "--out",
            history.toString());
    assertThat(convert.exitCode()).as(convert.output()).isZero();
    List<String> args =
        new ArrayList<>(
            List.of(
                "simulate",
                "--transactions",
                history.toString(),
                "--campaigns",
                DATA.resolve("campaigns").toString()));
    args.addAll(List.of(extra));
    JarCommand.Result r = JarCommand.run(dir, NEW_YORK, args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r;
  }

  static List<Map<String, String>> csv(Path file, String expectedHeader) throws Exception {
    List<String> lines = Files.readAllLines(file);
    if (expectedHeader != null) {
      assertThat(lines.get(0)).isEqualTo(expectedHeader);
    }
    String[] header = lines.get(0).split(",");
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], f[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static String count(
      List<Map<String, String>> ledger, String campaign, String day, String kind, String detail) {
    return Long.toString(
        ledger.stream()
            .filter(e -> e.get("campaign_id").equals(campaign) && e.get("day").equals(day))
            .filter(e -> e.get("kind").equals(kind))
            .filter(e -> detail == null || e.get("detail").equals(detail))
            .count());
  }

  private static long sum(List<Map<String, String>> report, String campaign, String column) {
    return report.stream()
        .filter(r -> r.get("campaign_id").equals(campaign))
        .mapToLong(r -> Long.parseLong(r.get(column)))
        .sum();
  }

  private static Map<String, String> firstWith(
      List<Map<String, String>> report, String campaign, String column, String value) {
    return report.stream()
        .filter(r -> r.get("campaign_id").equals(campaign) && r.get(column).equals(value))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(campaign + " has no row with " + column + "=" + value));
  }
}
