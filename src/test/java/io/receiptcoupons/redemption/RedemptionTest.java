package io.receiptcoupons.redemption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.issuance.IssuanceProfile;
import io.receiptcoupons.issuance.Issuing;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IssuanceProfile.class)
class RedemptionTest {

  private static final LocalDate ISSUED_ON = LocalDate.of(2026, 12, 1);
  private static final String VALID_DAY = Checkouts.noon(ISSUED_ON.plusDays(3));

  @Test
  void aGenuineCodeRedeemsOnceAndARetryOfTheSameTransactionReplays() {
    String code = issue();
    String txn = Checkouts.newTransaction();
    redeem(code, txn, VALID_DAY, "R-2")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(true))
        .body("campaignId", equalTo("redeemable"))
        .body("offer.value", equalTo(50));
    redeem(code, txn, VALID_DAY, "R-2").then().body("accepted", equalTo(true));
    assertRejected(redeem(code, Checkouts.newTransaction(), VALID_DAY, "R-2"), "already-redeemed");
  }

  @Test
  void forgedTamperedExpiredEarlyAndWrongProductCodesAreRejected() {
    String code = issue();
    String txn = Checkouts.newTransaction();
    assertRejected(
        redeem("0000000000000000000000000000", txn, VALID_DAY, "R-2"), "unknown-or-forged");
    assertRejected(redeem(tamper(code), txn, VALID_DAY, "R-2"), "unknown-or-forged");
    String lastDay = Checkouts.noon(ISSUED_ON.plusDays(7));
    String dayAfter = ISSUED_ON.plusDays(8) + "T00:00:00+09:00";
    assertRejected(redeem(code, Checkouts.newTransaction(), dayAfter, "R-2"), "expired");
    assertRejected(
        redeem(code, Checkouts.newTransaction(), Checkouts.noon(ISSUED_ON), "R-2"),
        "not-yet-valid");
    assertRejected(redeem(code, Checkouts.newTransaction(), lastDay, "R-9"), "wrong-products");
    redeem(code.toLowerCase(), Checkouts.newTransaction(), lastDay, "R-2")
        .then()
        .body("accepted", equalTo(true));
  }

  @Test
  void twoTillsScanningOneCodeAtOnceRedeemItExactlyOnce() throws Exception {
    String code = issue();
    List<Callable<Boolean>> scans = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String txn = Checkouts.newTransaction();
      scans.add(() -> redeem(code, txn, VALID_DAY, "R-2").jsonPath().getBoolean("accepted"));
    }
    assertThat(Issuing.inParallel(16, scans)).containsOnlyOnce(true);
    assertThat(Issuing.stats("redeemable").getLong("counts.redeemed")).isPositive();
  }

  @Test
  void aVoidedCheckoutsCouponIsRejectedAsVoided() {
    String txn = Checkouts.newTransaction();
    String code = issue(txn);
    given().post("/v1/checkouts/" + txn + "/void").then().statusCode(200);
    assertRejected(redeem(code, Checkouts.newTransaction(), VALID_DAY, "R-2"), "voided");
  }

  @Test
  void aRedemptionWithoutItemsIsABadRequestNamingTheField() {
    Map<String, Object> body = new HashMap<>();
    body.put("code", "X");
    body.put("storeId", "S0001");
    body.put("transactionId", "T1");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/v1/redemptions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.hasItem("items"));
  }

  private static String issue() {
    return issue(Checkouts.newTransaction());
  }

  private static String issue(String txn) {
    JsonPath r = Issuing.buy(txn, Checkouts.newMember(), "S0001", Checkouts.noon(ISSUED_ON), "R-1");
    assertThat(Issuing.campaigns(r)).containsExactly("redeemable");
    assertThat(r.getString("coupons[0].barcode.payload")).isEqualTo(r.getString("coupons[0].code"));
    return r.getString("coupons[0].code");
  }

  // Changes one character to another valid one, so only the signature can tell.
  private static String tamper(String code) {
    char c = code.charAt(10);
    return code.substring(0, 10) + (c == '7' ? '8' : '7') + code.substring(11);
  }

  private static io.restassured.response.Response redeem(
      String code, String txn, String at, String sku) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("storeId", "S0002");
    body.put("transactionId", txn);
    body.put("occurredAt", at);
    body.put("items", List.of(Issuing.item(sku)));
    return given().contentType(ContentType.JSON).body(body).post("/v1/redemptions");
  }

  private static void assertRejected(io.restassured.response.Response r, String reason) {
    r.then().statusCode(200).body("accepted", equalTo(false)).body("reason", equalTo(reason));
  }
}
