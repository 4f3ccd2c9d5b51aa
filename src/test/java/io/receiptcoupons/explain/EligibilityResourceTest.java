package io.receiptcoupons.explain;

import static io.receiptcoupons.checkout.Checkouts.buy;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.checkout.Checkouts;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET/POST /v1/members/{id}/eligibility agrees with what the member's checkouts printed. */
@QuarkusTest
class EligibilityResourceTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  @Test
  void theFourthTeaPrintsNothingAndExplainSaysFourNeedsFiveThenTheFifthPrintsAndExplainAgrees() {
    String m = Checkouts.newMember();
    for (int daysAgo : new int[] {89, 60, 30, 1}) {
      assertThat(buy(m, D.minusDays(daysAgo), List.of(tea()))).doesNotContain("tea-lover");
    }
    Map<String, Object> before = campaign(get(m, noon(D.minusDays(1))), "tea-lover");
    assertThat(before.get("eligible")).isEqualTo(false);
    assertThat(before.get("conditions"))
        .isEqualTo(List.of(check("beverages/tea times in 90 days", false, "4", ">= 5")));

    assertThat(buy(m, D, List.of(tea()))).contains("tea-lover");
    Map<String, Object> after = campaign(get(m, noon(D)), "tea-lover");
    assertThat(after.get("eligible")).isEqualTo(true);
    assertThat(after.get("conditions"))
        .isEqualTo(List.of(check("beverages/tea times in 90 days", true, "5", ">= 5")));
    // The coupon just printed starts tea-lover's 30-day gap for this member.
    assertThat(after.get("blockedBy").toString()).contains("per-member cap", "30 days between");
  }

  @Test
  void coffeeForHerNamesTheGenderItNeedsAndTheCoffeeCount() {
    String m = Checkouts.newMember();
    Checkouts.putMember(m, Map.of("gender", "male"));
    assertThat(buy(m, D, List.of(Checkouts.coffee()))).doesNotContain("coffee-women");
    Map<String, Object> c = campaign(get(m, noon(D)), "coffee-women");
    assertThat(c.get("eligible")).isEqualTo(false);
    assertThat(c.get("conditions"))
        .isEqualTo(
            List.of(
                check("gender", false, "male", "female"),
                check("beverages/coffee times in 365 days", false, "1", ">= 5")));
  }

  @Test
  void aBasketIsCountedAsTheCheckoutWouldCountItButNotRecorded() {
    String m = Checkouts.newMember();
    for (int daysAgo : new int[] {4, 3, 2, 1}) {
      buy(m, D.minusDays(daysAgo), List.of(tea()));
    }
    JsonPath whatIf =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("at", noon(D), "storeId", "S0001", "items", List.of(tea())))
            .post("/v1/members/" + m + "/eligibility")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(campaign(whatIf, "tea-lover").get("eligible")).isEqualTo(true);
    Map<String, Object> still = campaign(get(m, noon(D)), "tea-lover");
    assertThat(still.get("conditions"))
        .isEqualTo(List.of(check("beverages/tea times in 90 days", false, "4", ">= 5")));
    assertThat(buy(m, D, List.of(tea()))).as("the real 5th checkout").contains("tea-lover");
  }

  @Test
  void anUnknownMemberHasNoHistoryAndAnOptedOutMemberIsOnlyToldSo() {
    JsonPath unknown = get(Checkouts.newMember(), noon(D));
    assertThat(campaign(unknown, "tea-lover").get("conditions"))
        .isEqualTo(List.of(check("beverages/tea times in 90 days", false, "0", ">= 5")));

    String m = Checkouts.newMember();
    Checkouts.putMember(m, Map.of("optedOut", true));
    JsonPath out = get(m, noon(D));
    assertThat(out.getBoolean("optedOut")).isTrue();
    assertThat(out.getList("campaigns")).isEmpty();
  }

  @Test
  void aBadInstantIsA400NamingAt() {
    given()
        .queryParam("at", "yesterday")
        .get("/v1/members/9800000000001/eligibility")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("at"));
  }

  private static JsonPath get(String member, String at) {
    return given()
        .queryParam("at", at)
        .queryParam("store", "S0001")
        .get("/v1/members/" + member + "/eligibility")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> campaign(JsonPath answer, String id) {
    return answer.getMap("campaigns.find { it.campaignId == '" + id + "' }");
  }

  private static Map<String, Object> check(
      String condition, boolean passed, String actual, String needs) {
    return Map.of("condition", condition, "passed", passed, "actual", actual, "needs", needs);
  }
}
