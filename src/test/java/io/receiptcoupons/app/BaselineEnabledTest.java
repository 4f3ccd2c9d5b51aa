package io.receiptcoupons.app;

import static io.receiptcoupons.checkout.Checkouts.body;
import static io.receiptcoupons.checkout.Checkouts.newTransaction;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the flag set, the baseline validates a checkout body and answers a fixed coupon list. */
@QuarkusTest
@TestProfile(BaselineEnabledTest.Enabled.class)
class BaselineEnabledTest {

  /** Turns the baseline endpoint on. */
  public static class Enabled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("coupons.bench.baseline-enabled", "true");
    }
  }

  private static Map<String, Object> checkout(String transactionId, String member) {
    return body(transactionId, member, "S0001", noon(LocalDate.now()), List.of(tea()));
  }

  @Test
  void aValidCheckoutGetsTheFixedCouponListEveryTime() {
    String id = newTransaction();
    for (String member : new String[] {"9800000000001", "9800000000002"}) {
      // The same id with another body: a real checkout would answer 409; the baseline records
      // nothing.
      given()
          .contentType(ContentType.JSON)
          .body(checkout(id, member))
          .post("/v1/bench/fixed-checkout")
          .then()
          .statusCode(200)
          .body("transactionId", is(id))
          .body("rulesetVersion", is("baseline"))
          .body("coupons.campaignId", contains("baseline"))
          .body("coupons[0].barcode.symbology", is("QR"));
    }
  }

  @Test
  void anInvalidCheckoutIsA400NamingTheField() {
    Map<String, Object> bad = checkout(newTransaction(), "<script>");
    given()
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/v1/bench/fixed-checkout")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("memberId"));
  }
}
