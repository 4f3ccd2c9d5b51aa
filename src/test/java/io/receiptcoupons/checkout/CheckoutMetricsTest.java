package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.body;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.post;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.app.Scrape;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known traffic through the real API moves each checkout and campaign meter by what it should. */
@QuarkusTest
class CheckoutMetricsTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  @Test
  void outcomesTimersAndCampaignCountersMoveByTheExactAmounts() {
    Scrape before = Scrape.now();
    String member = Checkouts.newMember();
    for (int daysAgo : new int[] {40, 30, 20, 10}) {
      post(body(
              Checkouts.newTransaction(),
              member,
              "S0001",
              noon(D.minusDays(daysAgo)),
              List.of(tea())))
          .then()
          .statusCode(200);
    }
    String fifth = Checkouts.newTransaction();
    Map<String, Object> fifthBody = body(fifth, member, "S0001", noon(D), List.of(tea()));
    post(fifthBody)
        .then()
        .statusCode(200)
        .body("coupons[0].campaignId", org.hamcrest.Matchers.equalTo("tea-lover"));
    post(fifthBody).then().statusCode(200).body("degraded", org.hamcrest.Matchers.equalTo(false));
    post(body(fifth, member, "S0002", noon(D), List.of(tea()))).then().statusCode(409);
    post(Map.of("transactionId", "x")).then().statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .post("/v1/checkouts/" + fifth + "/void")
        .then()
        .statusCode(200);
    Scrape after = Scrape.now();

    assertThat(delta(before, after, "coupons_checkout_requests_total", "outcome", "ok"))
        .isEqualTo(5);
    assertThat(delta(before, after, "coupons_checkout_requests_total", "outcome", "replay"))
        .isEqualTo(1);
    assertThat(delta(before, after, "coupons_checkout_requests_total", "outcome", "conflict"))
        .isEqualTo(1);
    assertThat(delta(before, after, "coupons_checkout_requests_total", "outcome", "bad-request"))
        .isEqualTo(1);
    assertThat(delta(before, after, "coupons_checkout_requests_total", "outcome", "degraded"))
        .isZero();
    // Answered checkouts are timed (5 run + 1 replay); the engine ran for the 5 that were run;
    // the store transaction ran for those 6 and for the conflicting one.
    assertThat(delta(before, after, "coupons_checkout_duration_seconds_count")).isEqualTo(6);
    assertThat(delta(before, after, "coupons_checkout_engine_seconds_count")).isEqualTo(5);
    assertThat(delta(before, after, "coupons_checkout_store_seconds_count")).isEqualTo(7);
    assertThat(delta(before, after, "coupons_checkout_duration_seconds_bucket", "le", "+Inf"))
        .isEqualTo(6);
    // The alert rules count the 25 ms bucket by its label, and the dashboard filters on the uri.
    for (String le : new String[] {"5.0E-4", "0.001", "0.002", "0.005", "0.01", "0.025", "0.05"}) {
      assertThat(after.find("coupons_checkout_duration_seconds_bucket", "le", le))
          .as(le)
          .hasSize(1);
    }
    assertThat(after.find("http_server_requests_seconds_count", "uri", "/v1/checkouts"))
        .isNotEmpty();
    assertThat(coupons(before, after, "issued")).isEqualTo(1);
    assertThat(coupons(before, after, "voided")).isEqualTo(1);
    assertThat(coupons(before, after, "redeemed")).isZero();
  }

  @Test
  void theRulesetInfoAndBudgetGaugesMatchTheApi() {
    String version =
        given().get("/v1/rulesets/current").then().statusCode(200).extract().path("version");
    Number remaining =
        given()
            .get("/v1/campaigns/station-breakfast/stats")
            .then()
            .statusCode(200)
            .extract()
            .path("budget.remaining");
    Scrape scrape = Scrape.now();
    assertThat(scrape.find("coupons_ruleset_info"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.labels()).containsEntry("version", version);
              assertThat(s.labels()).containsEntry("content", version.split("-")[0]);
              assertThat(s.value()).isEqualTo(1);
            });
    assertThat(scrape.value("coupons_budget_remaining", "campaign", "station-breakfast"))
        .isEqualTo(remaining.doubleValue());
    assertThat(scrape.value("coupons_budget_total", "campaign", "station-breakfast"))
        .isEqualTo(100_000);
    assertThat(scrape.find("coupons_budget_remaining", "campaign", "tea-lover"))
        .as("no budget, no gauge")
        .isEmpty();
    assertThat(scrape.value("coupons_campaign_live", "campaign", "tea-lover")).isEqualTo(1);
  }

  private static double coupons(Scrape before, Scrape after, String event) {
    return delta(
        before, after, "coupons_campaign_coupons_total", "campaign", "tea-lover", "event", event);
  }

  private static double delta(Scrape before, Scrape after, String name, String... labels) {
    return after.value(name, labels) - before.value(name, labels);
  }
}
