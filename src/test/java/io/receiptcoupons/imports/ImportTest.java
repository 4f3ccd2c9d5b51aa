package io.receiptcoupons.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.checkout.Checkouts;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);
  @Inject HistoryImport history;
  @Inject MemberImport members;
  // @TempDir is not injected into @QuarkusTest instances; target/ is cleaned by the build.
  private final Path dir = newDir();

  @Test
  void importedHistoryCountsOnDayOneSoTheNextCheckoutPrints() throws Exception {
    String m = Checkouts.newMember();
    Path csv = write("history.csv", teaRows(m, 4));
    HistoryImport.Report report = history.run(csv, Long.MAX_VALUE, p -> {});
    assertThat(report.lines()).isEqualTo(8);
    assertThat(report.transactions()).isEqualTo(4);
    assertThat(teaTimes(m)).isEqualTo(4);
    assertThat(Checkouts.buy(m, D, List.of(Checkouts.tea()))).contains("tea-lover");
  }

  @Test
  void anInterruptedImportResumesFromItsCheckpointAndCountsNothingTwice() throws Exception {
    String m = Checkouts.newMember();
    Path csv = write("history.csv", teaRows(m, 4));
    // Asked to stop after 3 lines, it finishes the transaction it is in: a checkpoint never splits
    // one.
    HistoryImport.Report first = history.run(csv, 3, p -> {});
    assertThat(first.lines()).isEqualTo(4);
    HistoryImport.Report rest = history.run(csv, Long.MAX_VALUE, p -> {});
    assertThat(rest.skippedLines()).isEqualTo(4);
    assertThat(rest.lines()).isEqualTo(4);
    HistoryImport.Report again = history.run(csv, Long.MAX_VALUE, p -> {});
    assertThat(again.lines()).isZero();
    assertThat(teaTimes(m)).isEqualTo(4);
  }

  @Test
  void batchesWrittenBehindTheReaderCountEveryTransactionOnceAndMergeWithStoredHistory()
      throws Exception {
    String m = Checkouts.newMember();
    String other = Checkouts.newMember();
    List<String> rows = teaRows(m, 4);
    rows.addAll(teaRows(other, 3).subList(1, 7));
    // Two lines per batch: every transaction ends a batch, so four commits overlap the reading.
    HistoryImport.Report first = history.run(write("h1.csv", rows), Long.MAX_VALUE, 2, p -> {});
    assertThat(first.transactions()).isEqualTo(7);
    assertThat(teaTimes(m)).isEqualTo(4);
    assertThat(teaTimes(other)).isEqualTo(3);
    List<String> more = new ArrayList<>(List.of(HistoryImport.HEADER));
    more.add(row(m, m + "-later-1", 50, "beverages/tea/green-tea"));
    more.add(row(m, m + "-later-2", 60, "beverages/tea/black-tea"));
    history.run(write("h2.csv", more), Long.MAX_VALUE, 1, p -> {});
    assertThat(teaTimes(m)).isEqualTo(6);
    assertThat(teaTimes(other)).isEqualTo(3);
  }

  @Test
  void aBadTimeIsReportedWithItsLine() throws Exception {
    String m = Checkouts.newMember();
    List<String> rows = teaRows(m, 2);
    rows.set(4, rows.get(4).replace("T10:00:00+09:00", "T25:00:00+09:00"));
    assertThatThrownBy(() -> history.run(write("bad-time.csv", rows), Long.MAX_VALUE, p -> {}))
        .hasMessageContaining("line 5");
  }

  @Test
  void rowsOfOneTransactionMustBeContiguous() throws Exception {
    String m = Checkouts.newMember();
    Path csv =
        write(
            "bad.csv",
            List.of(
                HistoryImport.HEADER,
                row(m, "A", 3, "beverages/tea/green"),
                row(m, "B", 3, "beverages/tea/green"),
                row(m, "A", 3, "beverages/tea/black")));
    assertThatThrownBy(() -> history.run(csv, Long.MAX_VALUE, p -> {}))
        .hasMessageContaining("line 4")
        .hasMessageContaining("not contiguous");
  }

  @Test
  void aMembersFileWithOneBadRowChangesNothing() throws Exception {
    String good = Checkouts.newMember();
    String alsoGood = Checkouts.newMember();
    Path bad =
        write(
            "members.csv",
            List.of(
                MemberImport.HEADER,
                good + ",female,1990-01-02,150,2020-01-01,fish-lover=80,false",
                alsoGood + ",male,,151,,fish-lover=180,false"));
    assertThatThrownBy(() -> members.run(bad)).hasMessageContaining("line 3");
    given().get("/v1/members/" + good).then().body("gender", org.hamcrest.Matchers.is("unknown"));
    Path fixed =
        write(
            "members.csv",
            List.of(
                MemberImport.HEADER,
                good + ",female,1990-01-02,150,2020-01-01,fish-lover=80,false"));
    assertThat(members.run(fixed)).isEqualTo(1);
    given()
        .get("/v1/members/" + good)
        .then()
        .body("gender", org.hamcrest.Matchers.is("female"))
        .body("scores.fish-lover", org.hamcrest.Matchers.is(80));
  }

  @Test
  void quotedFieldsWithCommasAndQuotesAndAByteOrderMarkImportAsTheirValues() throws Exception {
    String m = Checkouts.newMember();
    String at = D.minusDays(5) + "T10:00:00+09:00";
    Path csv =
        write(
            "quoted.csv",
            List.of(
                "\uFEFF" + HistoryImport.HEADER,
                m
                    + ",\""
                    + m
                    + "-1\","
                    + at
                    + ",S0001,491,\"beverages/tea/green-tea\",\"acme, inc.\",1,300",
                m
                    + ","
                    + m
                    + "-1,"
                    + at
                    + ",S0001,492,beverages/tea/black-tea,\"the \"\"best\"\" tea\",2,300"));
    HistoryImport.Report report = history.run(csv, Long.MAX_VALUE, p -> {});
    assertThat(report.lines()).isEqualTo(2);
    assertThat(report.transactions()).isEqualTo(1);
    assertThat(teaTimes(m)).isEqualTo(1);
    assertThat(historyTotals(m))
        .containsKeys("b:acme, inc.", "b:the \"best\" tea")
        .doesNotContainKey("b:acme");

    Path people =
        write(
            "quoted-members.csv",
            List.of(
                "\uFEFF" + MemberImport.HEADER,
                m + ",\"female\",1990-01-02,150,2020-01-01,\"fish-lover=80;wine-lover=20\",false"));
    assertThat(members.run(people)).isEqualTo(1);
    given()
        .get("/v1/members/" + m)
        .then()
        .body("gender", org.hamcrest.Matchers.is("female"))
        .body("scores.wine-lover", org.hamcrest.Matchers.is(20));
  }

  private List<String> teaRows(String member, int transactions) {
    List<String> rows = new ArrayList<>();
    rows.add(HistoryImport.HEADER);
    for (int t = 1; t <= transactions; t++) {
      String id = member + "-" + t;
      rows.add(row(member, id, t * 10, "beverages/tea/green-tea"));
      rows.add(row(member, id, t * 10, "beverages/tea/black-tea"));
    }
    return rows;
  }

  private static String row(String member, String txn, int daysAgo, String category) {
    return String.join(
        ",",
        member,
        txn,
        D.minusDays(daysAgo) + "T10:00:00+09:00",
        "S0001",
        "49" + daysAgo,
        category,
        "acme",
        "1",
        "300");
  }

  @Test
  void aMemberFileWithAnEmailColumnIsRefusedNamingItAndWritesNothing() throws Exception {
    String m = Checkouts.newMember();
    Path csv =
        write(
            "members.csv",
            List.of(
                MemberImport.HEADER + ",email",
                m + ",female,1990-04-01,150,2020-01-15,,false,a@b.jp"));
    assertThatThrownBy(() -> members.run(csv))
        .hasMessageContaining("line 1: column 'email' is identifying data");
    given().get("/v1/members/" + m).then().body("birthDate", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void aHistoryFileWithANameColumnIsRefusedNamingIt() throws Exception {
    String m = Checkouts.newMember();
    List<String> rows = teaRows(m, 1);
    rows.set(0, "customer_name," + rows.get(0));
    Path csv = write("history.csv", rows);
    assertThatThrownBy(() -> history.run(csv, Long.MAX_VALUE, p -> {}))
        .hasMessageContaining("column 'customer_name' is identifying data");
  }

  private static Path newDir() {
    try {
      return Files.createTempDirectory(
          Files.createDirectories(Path.of("target/import-test")), "run");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path write(String name, List<String> rows) throws Exception {
    return Files.write(dir.resolve(name), rows);
  }

  private static java.util.Map<String, Object> historyTotals(String m) {
    return given()
        .get("/v1/members/" + m + "/history?through=" + D + "&days=90")
        .then()
        .extract()
        .jsonPath()
        .getMap("totals");
  }

  private static int teaTimes(String m) {
    return given()
        .get("/v1/members/" + m + "/history?through=" + D + "&days=90")
        .then()
        .extract()
        .jsonPath()
        .getInt("totals.'c:beverages/tea'.times");
  }
}
