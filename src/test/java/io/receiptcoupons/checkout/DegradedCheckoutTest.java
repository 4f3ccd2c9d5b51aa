package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.body;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.post;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.app.Scrape;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.system.store.EmbeddedStore;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Before the rules load and while the store is down, readiness is down and a checkout still answers
 * at once: no coupons, degraded, nothing recorded; a retry then gets the real answer.
 */
@QuarkusTest
@TestProfile(ColdStartProfile.class)
class DegradedCheckoutTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);
  @Inject Rulesets rulesets;
  @Inject EmbeddedStore store;

  @Test
  void noRulesetThenABrokenStoreGiveDegradedAnswersThatARetryReplaces() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'coupon-engine' }.data.ruleset", equalTo("none"));
    given().get("/q/health/live").then().statusCode(200);
    Map<String, Object> checkout = teaCheckout();
    Scrape before = Scrape.now();
    assertDegraded(checkout);

    rulesets.install(Path.of("campaigns"));
    given().get("/q/health/ready").then().statusCode(200);
    assertAnswered(checkout);
    Scrape afterRules = Scrape.now();
    assertThat(delta(before, afterRules, "outcome", "degraded")).isEqualTo(1);
    assertThat(delta(before, afterRules, "outcome", "ok"))
        .as("the retry ran, no replay")
        .isEqualTo(1);
    assertThat(delta(before, afterRules, "outcome", "replay")).isZero();

    Map<String, Object> second = teaCheckout();
    store.close();
    try {
      given()
          .get("/q/health/ready")
          .then()
          .statusCode(503)
          .body("checks.find { it.name == 'coupon-engine' }.data.store", equalTo("down"));
      assertDegraded(second);
    } finally {
      store.open();
    }
    assertAnswered(second);
    Scrape afterStore = Scrape.now();
    assertThat(delta(afterRules, afterStore, "outcome", "degraded")).isEqualTo(1);
    assertThat(delta(afterRules, afterStore, "outcome", "ok")).isEqualTo(1);
    assertThat(
            afterStore.value("coupons_store_errors_total")
                - afterRules.value("coupons_store_errors_total"))
        .isEqualTo(1);
  }

  private static Map<String, Object> teaCheckout() {
    return body(
        Checkouts.newTransaction(), Checkouts.newMember(), "S0001", noon(D), List.of(tea()));
  }

  private static void assertDegraded(Map<String, Object> checkout) {
    post(checkout)
        .then()
        .statusCode(200)
        .body("degraded", equalTo(true))
        .body("coupons", empty())
        .body("rulesetVersion", nullValue())
        .body("transactionId", equalTo(checkout.get("transactionId")));
  }

  private static void assertAnswered(Map<String, Object> checkout) {
    post(checkout)
        .then()
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("rulesetVersion", org.hamcrest.Matchers.notNullValue());
  }

  private static double delta(Scrape before, Scrape after, String... labels) {
    return after.value("coupons_checkout_requests_total", labels)
        - before.value("coupons_checkout_requests_total", labels);
  }
}
