package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.body;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.post;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.member.MemberPseudonyms;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checkout's JSON log line names the pseudonym, never the card number. */
@QuarkusTest
@TestProfile(JsonLogProfile.class)
class CheckoutLogTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);
  @Inject MemberPseudonyms pseudonyms;

  @Test
  void oneJsonLineWithThePseudonymAndNoCardNumber() throws Exception {
    String card = Checkouts.newMember();
    String txn = Checkouts.newTransaction();
    String version =
        post(body(txn, card, "S0042", noon(D), List.of(tea())))
            .then()
            .statusCode(200)
            .extract()
            .path("rulesetVersion");

    JsonNode line = awaitLine(txn);
    assertThat(line.path("loggerName").asText()).isEqualTo("coupons.checkout");
    assertThat(line.path("level").asText()).isEqualTo("INFO");
    JsonNode mdc = line.path("mdc");
    assertThat(mdc.path("transactionId").asText()).isEqualTo(txn);
    assertThat(mdc.path("member").asText()).isEqualTo(pseudonyms.of(card));
    assertThat(mdc.path("store").asText()).isEqualTo("S0042");
    assertThat(mdc.path("rulesetVersion").asText()).isEqualTo(version);
    assertThat(mdc.path("outcome").asText()).isEqualTo("ok");
    assertThat(mdc.path("coupons").isMissingNode()).isFalse();
    assertThat(Double.parseDouble(mdc.path("durationMs").asText())).isPositive();
    assertThat(Files.readString(Path.of(JsonLogProfile.LOG))).doesNotContain(card);
  }

  @Test
  void afterTrafficNoCardNumberAppearsInLogsMetricsLedgerOrExports() throws Exception {
    String card = Checkouts.newMember();
    List<String> partnerCards = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      partnerCards.add(Checkouts.newMember());
    }
    partnerCards.add(card);
    Checkouts.putMember(card, java.util.Map.of("gender", "female", "area", "150"));
    given()
        .contentType(io.restassured.http.ContentType.JSON)
        .body(java.util.Map.of("endsOn", D.plusYears(2).toString(), "memberIds", partnerCards))
        .put("/v1/partners/acme/jobs/grep-test")
        .then()
        .statusCode(200);
    String last = null;
    for (int day = 4; day >= 0; day--) {
      last = Checkouts.newTransaction();
      post(body(last, card, "S0042", noon(D.minusDays(day)), List.of(tea())))
          .then()
          .statusCode(200);
    }
    post(body(last, card, "S0042", noon(D), List.of(tea()))).then().statusCode(200);
    given().post("/v1/checkouts/" + last + "/void").then().statusCode(200);
    given().get("/v1/members/" + card + "/history?through=" + D).then().statusCode(200);
    given().delete("/v1/partners/acme/jobs/grep-test").then().statusCode(204);
    given().delete("/v1/members/" + card).then().statusCode(204);
    awaitLine(last);

    List<String> seen =
        List.of(
            Files.readString(Path.of(JsonLogProfile.LOG)),
            given().get("/q/metrics").then().extract().asString(),
            given().get("/v1/ledger?format=jsonl&after=0").then().extract().asString(),
            given().get("/v1/ledger?format=csv&after=0").then().extract().asString(),
            given().get("/v1/partners/acme/jobs").then().extract().asString());
    for (String text : seen) {
      assertThat(text).isNotEmpty();
      for (String number : partnerCards) {
        assertThat(text).doesNotContain(number);
      }
    }
  }

  @Test
  void anOptedOutMembersLineNamesNoMember() throws Exception {
    String card = Checkouts.newMember();
    Checkouts.putMember(card, java.util.Map.of("optedOut", true));
    String txn = Checkouts.newTransaction();
    post(body(txn, card, "S0042", noon(D), List.of(tea()))).then().statusCode(200);

    JsonNode mdc = awaitLine(txn).path("mdc");
    assertThat(mdc.path("member").asText()).isEqualTo("-");
    String log = Files.readString(Path.of(JsonLogProfile.LOG));
    assertThat(log).doesNotContain(card).doesNotContain(pseudonyms.of(card));
  }

  private static JsonNode awaitLine(String txn) throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < 100; i++) {
      Optional<String> line =
          Files.readAllLines(Path.of(JsonLogProfile.LOG)).stream()
              .filter(l -> l.contains(txn))
              .findFirst();
      if (line.isPresent()) {
        return json.readTree(line.get());
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no log line for " + txn + " in " + JsonLogProfile.LOG);
  }
}
