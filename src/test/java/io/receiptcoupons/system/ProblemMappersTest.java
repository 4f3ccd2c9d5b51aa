package io.receiptcoupons.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Client errors name the field the client sent, and never a Java class. */
@QuarkusTest
class ProblemMappersTest {

  @Test
  void aBadEnumValueNamesTheAcceptedValuesNotTheJavaClass() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"gender\":\"robot\"}")
        .put("/v1/members/9800000000777")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors.field", contains("gender"))
        .body("errors[0].message", containsString("one of [unknown, female, male, other]"))
        .body(not(containsString("io.receiptcoupons")))
        .body(not(containsString("No enum constant")));
  }

  @Test
  void aBadQueryParameterIsNamedAsSent() {
    given()
        .get("/v1/members/9800000000777/history?through=2026-11-23&days=0")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors.field", contains("days"));
  }

  @Test
  void aBadPathParameterIsNamedAsSent() {
    given()
        .get("/v1/members/not!a!card")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors.field", contains("memberId"));
  }

  @Test
  void aMissingBodyIsStillTheBody() {
    given()
        .contentType(ContentType.JSON)
        .post("/v1/redemptions")
        .then()
        .statusCode(400)
        .body("errors.field", contains("body"));
  }
}
