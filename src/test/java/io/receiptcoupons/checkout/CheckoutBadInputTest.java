package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.body;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad request is a 400 problem naming the field (413 if too large), and records nothing. */
@QuarkusTest
class CheckoutBadInputTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  static Stream<Arguments> badBodies() {
    return Stream.of(
        edit("transactionId", b -> b.remove("transactionId")),
        edit("transactionId", b -> b.put("transactionId", "has spaces/and slashes")),
        edit("transactionId", b -> b.put("transactionId", "x".repeat(65))),
        edit("memberId", b -> b.put("memberId", "<script>")),
        edit("storeId", b -> b.remove("storeId")),
        edit("occurredAt", b -> b.put("occurredAt", "yesterday")),
        edit("occurredAt", b -> b.remove("occurredAt")),
        edit("items", b -> b.put("items", List.of())),
        edit("items[0].quantity", b -> item(b).put("quantity", -2)),
        edit("items[0].quantity", b -> item(b).put("quantity", "two")),
        edit("items[0].quantity", b -> item(b).put("quantity", 1.5)),
        edit("items[0].quantity", b -> item(b).put("quantity", 10_000)),
        edit("items[0].quantity", b -> measured(b, 1000.001, "l")),
        edit("items[0].quantity", b -> measured(b, 0.0005, "l")),
        edit("items[0].quantity", b -> measured(b, 0.5, "g")),
        edit("items[0].quantity", b -> measured(b, 0, "kg")),
        edit("items[0].unit", b -> measured(b, 12.5, "gal")),
        edit("items[0].unitPrice", b -> item(b).put("unitPrice", -1)),
        edit("items[0].category", b -> item(b).put("category", "tea//green")),
        edit("items[0].sku", b -> item(b).remove("sku")),
        edit("items", b -> b.put("items", manyItems(CheckoutRequest.MAX_ITEMS + 1))));
  }

  private static void measured(Map<String, Object> body, double quantity, String unit) {
    item(body).put("quantity", quantity);
    item(body).put("unit", unit);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void isRejectedNamingTheFieldAndRecordsNothing(String field, Map<String, Object> body) {
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/v1/checkouts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
    assertNothingRecordedFor(body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rawBodies")
  void aBodyThatIsNotACheckoutIsRejectedAsTheBody(String label, String raw) {
    given()
        .contentType(ContentType.JSON)
        .body(raw)
        .post("/v1/checkouts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("body"));
  }

  static Stream<Arguments> rawBodies() {
    return Stream.of(
        Arguments.of("malformed", "{\"transactionId\": "),
        Arguments.of("empty", ""),
        Arguments.of("array", "[1, 2]"));
  }

  @Test
  void aBodyOverTheHttpLimitIs413ProblemNamingTheBody() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"pad\": \"" + "x".repeat(300_000) + "\"}")
        .post("/v1/checkouts")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", is(413))
        .body("errors.field", hasItem("body"))
        .body("errors.message", hasItem("must be at most 262144 bytes"));
  }

  // The same transactionId, sent correctly afterwards, is new: the bad request left no record.
  private static void assertNothingRecordedFor(Map<String, Object> bad) {
    String m =
        bad.get("memberId") instanceof String id && id.matches("[0-9]+")
            ? id
            : Checkouts.newMember();
    Map<String, Object> good =
        body(Checkouts.newTransaction(), m, "S0001", noon(D), List.of(tea()));
    if (bad.get("transactionId") instanceof String id && id.matches("[A-Za-z0-9._:-]{1,64}")) {
      good.put("transactionId", id);
    }
    given()
        .get("/v1/members/" + m + "/history?through=" + D)
        .then()
        .body("totals.size()", org.hamcrest.Matchers.is(0));
    Checkouts.post(good).then().statusCode(200);
  }

  private static Arguments edit(String field, Consumer<Map<String, Object>> change) {
    Map<String, Object> b =
        body(
            Checkouts.newTransaction(),
            Checkouts.newMember(),
            "S0001",
            noon(D),
            new ArrayList<>(List.of(tea())));
    change.accept(b);
    return Arguments.of(field, b);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> item(Map<String, Object> body) {
    return ((List<Map<String, Object>>) body.get("items")).get(0);
  }

  private static List<Map<String, Object>> manyItems(int n) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(tea());
    }
    return items;
  }
}
