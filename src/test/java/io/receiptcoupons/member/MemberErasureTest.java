package io.receiptcoupons.member;

import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.checkout.Checkouts;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After DELETE /v1/members/{id} the card is served exactly as a card never seen before. */
@QuarkusTest
class MemberErasureTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  @Test
  void anErasedCardIsServedAsANeverSeenCardItsCapGoneItsCouponVoidedItsRecordsForgotten() {
    String erased = Checkouts.newMember();
    List<Map<String, Object>> bodies = new ArrayList<>();
    JsonPath fifth = null;
    for (int day = 4; day >= 0; day--) {
      bodies.add(
          Checkouts.body(
              Checkouts.newTransaction(), erased, "S0001", noon(D.minusDays(day)), List.of(tea())));
      fifth =
          Checkouts.post(bodies.get(bodies.size() - 1)).then().statusCode(200).extract().jsonPath();
    }
    assertThat(fifth.getList("coupons.campaignId", String.class)).contains("tea-lover");
    String code = fifth.getString("coupons.find { it.campaignId == 'tea-lover' }.code");

    given().delete("/v1/members/" + erased).then().statusCode(204);

    assertThat(redeem(code)).isEqualTo("voided");
    String neverSeen = Checkouts.newMember();
    // The first transaction again: its record is gone, so it counts as a new checkout.
    List<String> retried = campaigns(Checkouts.post(bodies.get(0)));
    List<String> fresh = Checkouts.buy(neverSeen, D.minusDays(4), List.of(tea()));
    assertThat(retried).isEqualTo(fresh);
    assertThat(teaTimes(erased)).isEqualTo(1);
    // tea-lover allows one coupon in 30 days: a surviving cap would refuse the erased card.
    for (int day = 1; day <= 4; day++) {
      List<String> again = Checkouts.buy(erased, D.plusDays(day), List.of(tea()));
      assertThat(again)
          .as("day " + day)
          .isEqualTo(Checkouts.buy(neverSeen, D.plusDays(day), List.of(tea())));
      if (day == 4) {
        assertThat(again).contains("tea-lover");
      }
    }
    assertThat(eligibility(erased)).isEqualTo(eligibility(neverSeen));
  }

  private static List<String> campaigns(io.restassured.response.Response response) {
    return response
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("coupons.campaignId", String.class);
  }

  private static String redeem(String code) {
    return Checkouts.redeemOnTea(code, D.plusDays(1)).getString("reason");
  }

  private static int teaTimes(String member) {
    return given()
        .get("/v1/members/" + member + "/history?through=" + D + "&days=90")
        .then()
        .extract()
        .jsonPath()
        .getInt("totals.'c:beverages/tea'.times");
  }

  private static String eligibility(String member) {
    return given()
        .queryParam("at", noon(D.plusDays(5)))
        .get("/v1/members/" + member + "/eligibility")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("campaigns");
  }
}
