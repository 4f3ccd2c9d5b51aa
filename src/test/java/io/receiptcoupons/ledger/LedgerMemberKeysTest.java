package io.receiptcoupons.ledger;

import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.coupon.CouponRegistry;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.system.store.Store;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ledger events carry a member's random ledger id, which erasure unlinks from the card. */
@QuarkusTest
class LedgerMemberKeysTest {

  private static final LocalDate D = LocalDate.of(2026, 11, 20);
  @Inject MemberPseudonyms pseudonyms;
  @Inject Store store;
  @Inject CouponRegistry coupons;

  @Test
  void afterErasureTheCardsEventsStayUnderAnIdNothingMapsBackAndTheCardDrawsAFreshOne()
      throws Exception {
    String card = Checkouts.newMember();
    Set<String> transactions = new HashSet<>();
    String code = fiveTeas(card, D.minusDays(4), transactions);
    assertThat(code).isNotNull();
    String pseudonym = pseudonyms.of(card);
    Set<String> before = ids(transactions);
    assertThat(before).hasSize(1).doesNotContain(pseudonym, card, null);
    String old = before.iterator().next();

    given().delete("/v1/members/" + card).then().statusCode(204);

    assertThat(ids(transactions)).as("the events stay, under the same id").containsExactly(old);
    assertThat(ledgerKeyValues()).doesNotContain(old);
    String erasedCode = code;
    String holder = store.inTransaction(tx -> coupons.find(tx, erasedCode).member());
    assertThat(holder).isNull();
    assertThat(given().get("/v1/audit").then().extract().asString()).doesNotContain(old);
    Set<String> after = new HashSet<>();
    fiveTeas(card, D.plusDays(40), after);
    assertThat(ids(after)).hasSize(1).doesNotContain(old, pseudonym, card, null);
  }

  @Test
  void aTransferToANewCardKeepsTheOldCardsLedgerIdForTheNewCardsEvents() throws Exception {
    String card = Checkouts.newMember();
    Set<String> before = new HashSet<>();
    fiveTeas(card, D.minusDays(4), before);
    String old = ids(before).iterator().next();
    String replacement = Checkouts.newMember();

    given()
        .contentType("application/json")
        .body("{\"to\":\"" + replacement + "\"}")
        .post("/v1/members/" + card + "/transfer")
        .then()
        .statusCode(200);

    Set<String> after = new HashSet<>();
    fiveTeas(replacement, D.plusDays(40), after);
    assertThat(ids(after)).as("the replacement's events").containsExactly(old);
  }

  // Five teas on consecutive days: the fifth prints tea-lover, whose code is returned.
  private static String fiveTeas(String card, LocalDate first, Set<String> transactions) {
    String code = null;
    for (int day = 0; day < 5; day++) {
      String txn = Checkouts.newTransaction();
      transactions.add(txn);
      code =
          Checkouts.post(
                  Checkouts.body(txn, card, "S0001", noon(first.plusDays(day)), List.of(tea())))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getString("coupons.find { it.campaignId == 'tea-lover' }.code");
    }
    return code;
  }

  private Set<String> ids(Set<String> transactions) throws Exception {
    String export =
        given().get("/v1/ledger?format=jsonl").then().statusCode(200).extract().asString();
    Set<String> ids = new HashSet<>();
    for (String line : export.split("\n")) {
      JsonNode e = new ObjectMapper().readTree(line);
      if (transactions.contains(e.path("transactionId").asText())) {
        ids.add(e.path("member").isNull() ? null : e.path("member").asText());
      }
    }
    return ids;
  }

  private List<String> ledgerKeyValues() {
    return store.inTransaction(
        tx -> {
          List<String> values = new java.util.ArrayList<>();
          tx.map(LedgerMemberKeys.MAP)
              .entryIterator("", null)
              .forEachRemaining(
                  e -> values.add(new String(e.getValue(), StandardCharsets.US_ASCII)));
          return values;
        });
  }
}
