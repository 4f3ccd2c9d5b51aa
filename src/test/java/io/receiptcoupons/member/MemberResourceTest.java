package io.receiptcoupons.member;

import static io.receiptcoupons.checkout.Checkouts.buy;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.checkout.Checkouts;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  @Test
  void attributesRoundTripAndAnUnknownMemberHasNone() {
    String m = Checkouts.newMember();
    given().get("/v1/members/" + m).then().statusCode(200).body("gender", is("unknown"));
    Checkouts.putMember(
        m, Map.of("gender", "female", "area", "150", "scores", Map.of("wine-lover", 40)));
    given()
        .get("/v1/members/" + m)
        .then()
        .body("gender", is("female"))
        .body("area", is("150"))
        .body("scores.wine-lover", is(40));
  }

  @Test
  void anUnknownScoreOrAnOutOfRangeScoreIsRejected() {
    String m = Checkouts.newMember();
    put(m, Map.of("scores", Map.of("religion-score", 50)))
        .statusCode(400)
        .body("errors.field", hasItem("scores.religion-score"));
    put(m, Map.of("scores", Map.of("fish-lover", 101)))
        .statusCode(400)
        .contentType("application/problem+json");
    put(m, Map.of("gender", "robot")).statusCode(400).body("errors.field", hasItem("gender"));
    given().get("/v1/members/" + m).then().body("scores.size()", is(0));
  }

  @Test
  void anOptedOutMemberIsNeitherRecordedNorTargetedAndTheirHistoryIsErased() {
    String m = Checkouts.newMember();
    for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
      buy(m, D.minusDays(daysAgo), List.of(Checkouts.tea()));
    }
    assertThat(history(m)).isNotEmpty();
    Checkouts.putMember(m, Map.of("optedOut", true));
    assertThat(history(m)).isEmpty();
    assertThat(buy(m, D, List.of(Checkouts.tea()))).doesNotContain("tea-lover");
    assertThat(history(m)).isEmpty();
  }

  @Test
  void erasureForgetsAttributesAndHistory() {
    String m = Checkouts.newMember();
    Checkouts.putMember(m, Map.of("gender", "male"));
    buy(m, D, List.of(Checkouts.coffee()));
    given().delete("/v1/members/" + m).then().statusCode(204);
    given().get("/v1/members/" + m).then().body("gender", is("unknown"));
    assertThat(history(m)).isEmpty();
  }

  private static io.restassured.response.ValidatableResponse put(
      String m, Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body).put("/v1/members/" + m).then();
  }

  private static Map<String, Object> history(String m) {
    return given()
        .get("/v1/members/" + m + "/history?through=" + D + "&days=30")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("totals");
  }
}
