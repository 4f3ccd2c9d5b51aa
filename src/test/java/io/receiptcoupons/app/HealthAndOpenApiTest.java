package io.receiptcoupons.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndOpenApiTest {

  @Test
  void readinessReportsTheLoadedRulesetAndTheStore() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("coupon-engine"))
        .body("checks.find { it.name == 'coupon-engine' }.data.store", is("up"))
        .body(
            "checks.find { it.name == 'coupon-engine' }.data.ruleset",
            org.hamcrest.Matchers.matchesPattern("[0-9a-f]{12}-\\d{8}T\\d{6}Z"));
  }

  @Test
  void theContractIsPublishedAsOpenApi() {
    given()
        .accept("application/yaml")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/v1/checkouts"))
        .body(containsString("transactionId"));
  }
}
