package io.receiptcoupons.checkout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Any bytes POSTed as a checkout pass deserialisation, validation and the checkout path without a
 * 5xx: a 200, or a 4xx problem naming what is wrong. The corpus is
 * CheckoutFuzzTestInputs/checkoutBody.
 */
@QuarkusTest
class CheckoutFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void checkoutBody(byte[] body) {
    Response response = given().contentType(ContentType.JSON).body(body).post("/v1/checkouts");
    assertThat(response.statusCode()).as(response.asString()).isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
  }
}
