package io.receiptcoupons.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** With the shipped configuration a partner list must name at least 50 distinct members. */
@QuarkusTest
class PartnerMinimumTest {

  @Test
  void aListOf49MembersIsRefusedNamingTheFieldAndStoresNothing() {
    List<String> cards = cards(49);
    cards.add(cards.get(0)); // a repeated card does not make the list any bigger
    put("minimum-49", cards)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("memberIds"))
        .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("at least 50")));
    given()
        .get("/v1/partners/minimum/jobs")
        .then()
        .statusCode(200)
        .body("job", not(hasItem("minimum-49")));
  }

  @Test
  void aListOf50MembersIsAccepted() {
    put("minimum-50", cards(50)).statusCode(200).body("members", org.hamcrest.Matchers.equalTo(50));
    given().delete("/v1/partners/minimum/jobs/minimum-50").then().statusCode(204);
  }

  private static List<String> cards(int count) {
    return new java.util.ArrayList<>(
        IntStream.range(0, count).mapToObj(i -> "97000000" + (10000 + i)).toList());
  }

  private static io.restassured.response.ValidatableResponse put(String job, List<String> cards) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("endsOn", LocalDate.now().plusDays(30).toString(), "memberIds", cards))
        .put("/v1/partners/minimum/jobs/" + job)
        .then();
  }
}
