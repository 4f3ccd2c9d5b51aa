package io.receiptcoupons.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.issuance.IssuanceProfile;
import io.receiptcoupons.issuance.Issuing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IssuanceProfile.class)
class LedgerExportTest {

  @Test
  void everyIssueIsExportedAsJsonLinesAndCsvWithCampaignMemberStoreTimeAndRuleset()
      throws Exception {
    String txn = Checkouts.newTransaction();
    String card = Checkouts.newMember();
    var checkout =
        Issuing.buy(txn, card, "S0042", Checkouts.noon(LocalDate.of(2026, 12, 1)), "R-1");
    String code = checkout.getString("coupons[0].code");

    JsonNode issued = null;
    for (String line : export("jsonl").split("\n")) {
      JsonNode e = new ObjectMapper().readTree(line);
      if (code.equals(e.path("code").asText()) && e.path("kind").asText().equals("issued")) {
        issued = e;
      }
    }
    assertThat(issued).isNotNull();
    assertThat(issued.get("campaignId").asText()).isEqualTo("redeemable");
    assertThat(issued.get("storeId").asText()).isEqualTo("S0042");
    assertThat(issued.get("at").asText()).isEqualTo("2026-12-01T03:00:00Z");
    assertThat(issued.get("rulesetVersion").asText())
        .isEqualTo(checkout.getString("rulesetVersion"));
    assertThat(issued.get("member").asText()).isNotBlank().doesNotContain(card);

    List<String> csv = List.of(export("csv").split("\n"));
    assertThat(csv.get(0)).isEqualTo(LedgerExport.CSV_HEADER);
    assertThat(csv)
        .anyMatch(l -> l.contains(",issued,") && l.contains(code) && l.contains("S0042"));
  }

  @Test
  void anUnknownFormatIsABadRequest() {
    given()
        .get("/v1/ledger?format=xml")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anExportLongerThanAPageHasEveryEventOnceInSequenceOrder() throws Exception {
    long before = lastSeq(export("jsonl"));
    Set<String> made = new HashSet<>();
    String at = Checkouts.noon(LocalDate.of(2026, 12, 2));
    for (int i = 0; i < 2 * Ledger.PAGE + 100; i++) {
      String txn = Checkouts.newTransaction();
      made.add(txn);
      Issuing.buy(txn, null, "S0042", at, "R-1");
    }

    List<JsonNode> events = new ArrayList<>();
    for (String line : export("jsonl&after=" + before).split("\n")) {
      events.add(new ObjectMapper().readTree(line));
    }
    assertThat(events.stream().mapToLong(e -> e.get("seq").asLong()))
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(events.stream().map(e -> e.path("transactionId").asText())).containsAll(made);
    assertThat(events.get(0).get("seq").asLong()).isGreaterThan(before);
  }

  @Test
  void aCheckoutsDecisionsHaveConsecutiveNumbersAndAnExportStartsRightAfterAnyOfThem()
      throws Exception {
    String txn = Checkouts.newTransaction();
    Checkouts.post(
            Checkouts.body(
                txn,
                Checkouts.newMember(),
                "S0042",
                Checkouts.noon(LocalDate.of(2026, 12, 3)),
                List.of(
                    Issuing.item("R-1"),
                    Issuing.item("X-1"),
                    Issuing.item("C-2"),
                    Issuing.item("B-100"),
                    Issuing.item("H-50"))))
        .then()
        .statusCode(200);
    List<Long> seqs = new ArrayList<>();
    for (String line : export("jsonl").split("\n")) {
      JsonNode e = new ObjectMapper().readTree(line);
      if (txn.equals(e.path("transactionId").asText())) {
        seqs.add(e.get("seq").asLong());
      }
    }

    assertThat(seqs).hasSizeGreaterThanOrEqualTo(5);
    for (int i = 1; i < seqs.size(); i++) {
      assertThat(seqs.get(i)).isEqualTo(seqs.get(i - 1) + 1);
    }
    for (long after : seqs) {
      String first = export("jsonl&after=" + after).split("\n")[0];
      long expected = after == seqs.get(seqs.size() - 1) ? -1 : after + 1;
      assertThat(first.isEmpty() ? -1 : new ObjectMapper().readTree(first).get("seq").asLong())
          .isEqualTo(expected);
    }
  }

  private static long lastSeq(String jsonl) throws Exception {
    String[] lines = jsonl.split("\n");
    return new ObjectMapper().readTree(lines[lines.length - 1]).path("seq").asLong(0);
  }

  private static String export(String format) {
    return given().get("/v1/ledger?format=" + format).then().statusCode(200).extract().asString();
  }
}
