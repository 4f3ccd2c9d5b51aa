package io.receiptcoupons.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.issuance.IssuanceProfile;
import io.receiptcoupons.issuance.Issuing;
import io.receiptcoupons.system.security.Roles;
import io.receiptcoupons.system.security.TestKeys;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A till's key for store S0012 cannot check out, void or redeem for another store. */
@QuarkusTest
@TestProfile(IssuanceProfile.class)
class StoreBindingTest {

  private static final String TILL = TestKeys.BY_ROLE.get(Roles.POS);
  private static final String OTHER_STORE = "S0099";
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void aCheckoutForAnotherStoreIs403NamingBothStoresAndRecordsNothing() {
    String txn = Checkouts.newTransaction();
    Map<String, Object> body =
        Checkouts.body(
            txn,
            Checkouts.newMember(),
            OTHER_STORE,
            Checkouts.noon(DAY),
            List.of(Issuing.item("R-1")));
    assertMismatch(asTill().body(body).post("/v1/checkouts"));
    // Nothing was recorded: a void finds no checkout, and the same id is free for its own store.
    given().post("/v1/checkouts/" + txn + "/void").then().statusCode(404);
    body.put("storeId", TestKeys.POS_STORE);
    asTill().body(body).post("/v1/checkouts").then().statusCode(200);
  }

  @Test
  void aVoidOfAnotherStoresCheckoutIs403AndLeavesItStanding() {
    String txn = Checkouts.newTransaction();
    String code = issueAtOtherStore(txn);
    assertMismatch(asTill().post("/v1/checkouts/" + txn + "/void"));
    // Not voided: its coupon still redeems at the store it was issued for.
    redeem(given().contentType(ContentType.JSON), code, OTHER_STORE)
        .then()
        .statusCode(200)
        .body("accepted", equalTo(true));
  }

  @Test
  void aRedemptionForAnotherStoreIs403AndLeavesTheCodeUnused() {
    String code = issueAtOtherStore(Checkouts.newTransaction());
    assertMismatch(redeem(asTill(), code, OTHER_STORE));
    redeem(given().contentType(ContentType.JSON), code, OTHER_STORE)
        .then()
        .body("accepted", equalTo(true));
  }

  private static String issueAtOtherStore(String txn) {
    return Issuing.buy(txn, Checkouts.newMember(), OTHER_STORE, Checkouts.noon(DAY), "R-1")
        .getString("coupons[0].code");
  }

  private static Response redeem(
      io.restassured.specification.RequestSpecification as, String code, String store) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("storeId", store);
    body.put("transactionId", Checkouts.newTransaction());
    body.put("occurredAt", Checkouts.noon(DAY.plusDays(3)));
    body.put("items", List.of(Issuing.item("R-2")));
    return as.body(body).post("/v1/redemptions");
  }

  private static io.restassured.specification.RequestSpecification asTill() {
    return given().header(TestKeys.HEADER, TILL).contentType(ContentType.JSON);
  }

  private static void assertMismatch(Response response) {
    response
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("store " + TestKeys.POS_STORE))
        .body("detail", containsString(OTHER_STORE));
  }
}
