package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /v1/checkouts/{id}/void reverses history counts and cancels the checkout's coupons. */
@QuarkusTest
class CheckoutVoidTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  @Test
  void aVoidReversesTheHistoryCountsAndCancelsTheCouponOnce() {
    String m = Checkouts.newMember();
    for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
      Checkouts.buy(m, D.minusDays(daysAgo), List.of(tea()));
    }
    String fifth = Checkouts.newTransaction();
    JsonPath printed = checkout(fifth, m);
    assertThat(printed.getList("coupons.campaignId")).containsExactly("tea-lover");
    assertThat(teaTimes(m)).isEqualTo(5);

    JsonPath voided = voidOf(fifth).statusCode(200).extract().jsonPath();
    assertThat(voided.getList("cancelled")).containsExactly(printed.getString("coupons[0].code"));
    assertThat(teaTimes(m)).isEqualTo(4);
    voidOf(fifth).statusCode(200).body("voidedAt", equalTo(voided.getString("voidedAt")));
    assertThat(teaTimes(m)).as("a second void changes nothing").isEqualTo(4);
    assertThat(checkout(fifth, m).prettify())
        .as("a retried checkout still replays what was printed")
        .isEqualTo(printed.prettify());
    assertThat(Checkouts.buy(m, D, List.of(tea()))).as("a new 5th").containsExactly("tea-lover");
  }

  @Test
  void voidingAnUnknownCheckoutIsNotFound() {
    voidOf("never-seen-" + Checkouts.newTransaction().substring(2, 12))
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static JsonPath checkout(String txn, String member) {
    return Checkouts.post(Checkouts.body(txn, member, "S0001", Checkouts.noon(D), List.of(tea())))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static io.restassured.response.ValidatableResponse voidOf(String txn) {
    return given().post("/v1/checkouts/" + txn + "/void").then();
  }

  private static int teaTimes(String m) {
    return given()
        .get("/v1/members/" + m + "/history?through=" + D + "&days=30")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("totals.'c:beverages/tea'.times");
  }
}
