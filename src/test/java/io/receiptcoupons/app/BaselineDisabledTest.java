package io.receiptcoupons.app;

import static io.receiptcoupons.checkout.Checkouts.body;
import static io.receiptcoupons.checkout.Checkouts.newTransaction;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without coupons.bench.baseline-enabled, the benchmark baseline endpoint does not exist. */
@QuarkusTest
class BaselineDisabledTest {

  @Test
  void theFixedCheckoutIsNotFoundByDefault() {
    given()
        .contentType(ContentType.JSON)
        .body(
            body(newTransaction(), "9800000000001", "S0001", noon(LocalDate.now()), List.of(tea())))
        .post("/v1/bench/fixed-checkout")
        .then()
        .statusCode(404);
  }

  @Test
  void itIsNotPartOfThePublishedContract() {
    given()
        .accept("application/yaml")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/v1/bench")));
  }
}
