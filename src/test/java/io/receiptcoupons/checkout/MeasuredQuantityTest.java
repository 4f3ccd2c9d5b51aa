package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.buy;
import static io.receiptcoupons.checkout.Checkouts.item;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.system.Sha256;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fuel by the litre and meat by the gram, and tills that still send whole units only. */
@QuarkusTest
class MeasuredQuantityTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  static Map<String, Object> fuel(String litres) {
    Map<String, Object> item = item("FUEL-REG", "fuel/gasoline/regular", "eneos", 1, 170);
    item.put("quantity", new java.math.BigDecimal(litres));
    item.put("unit", "l");
    return item;
  }

  @Test
  void aMeasuredFuelCheckoutIsAcceptedAndCountedInMillilitres() {
    String member = Checkouts.newMember();
    Map<String, Object> meat = item("2000000000022", "fresh/meat/beef", null, 1, 4);
    meat.put("quantity", 412);
    meat.put("unit", "g");
    buy(member, D, List.of(fuel("42.35"), meat));
    var totals = history(member);
    assertThat(totals.get("c:fuel/gasoline@ml.quantity")).isEqualTo(42_350);
    assertThat(totals.get("c:fuel/gasoline.quantity")).as("one fill-up").isEqualTo(1);
    assertThat(totals.get("c:fuel/gasoline.spend")).as("42.35 l at 170 yen").isEqualTo(7200);
    assertThat(totals.get("c:fresh/meat@g.quantity")).isEqualTo(412);
    assertThat(totals.get("c:fresh/meat.spend")).isEqualTo(1648);
  }

  @Test
  void theLitresCampaignFiresAtTwentyLitresAndNotBelow() {
    String below = Checkouts.newMember();
    buy(below, D.minusDays(29), List.of(fuel("12.5")));
    assertThat(buy(below, D, List.of(fuel("7.499")))).doesNotContain("fuel-20l");
    String at = Checkouts.newMember();
    buy(at, D.minusDays(29), List.of(fuel("12.5")));
    assertThat(buy(at, D, List.of(fuel("7.500")))).contains("fuel-20l");
  }

  @Test
  void aFillOverTheOldLimitOf9999UnitsIsAccepted() {
    // dunnhumby's largest fill: 32,623 thousandths of a gallon, 123.492 l.
    assertThat(buy(Checkouts.newMember(), D, List.of(fuel("123.492")))).contains("fuel-20l");
  }

  @Test
  void anIntegerTillStillWorksAndItsFingerprintIsUnchanged() {
    String member = Checkouts.newMember();
    var tea = Checkouts.tea();
    String id = Checkouts.newTransaction();
    Map<String, Object> body = Checkouts.body(id, member, "S0001", Checkouts.noon(D), List.of(tea));
    String first = Checkouts.post(body).then().statusCode(200).extract().asString();
    assertThat(Checkouts.post(body).then().statusCode(200).extract().asString()).isEqualTo(first);
    assertThat(history(member).get("c:beverages/tea.quantity")).isEqualTo(1);
    CheckoutRequest request =
        new CheckoutRequest(
            id,
            member,
            "S0001",
            "T01",
            OffsetDateTime.parse(Checkouts.noon(D)),
            List.of(
                new io.receiptcoupons.product.LineItem(
                    "4901234000028", "beverages/tea/green-tea", "acme", 1, 300)));
    assertThat(RequestFingerprint.of(request)).isEqualTo(beforeMeasuredItems(request));
  }

  // The fingerprint as it was computed while quantity was an integer.
  private static String beforeMeasuredItems(CheckoutRequest r) {
    StringBuilder s = new StringBuilder();
    for (String v :
        List.of(
            r.transactionId(),
            r.memberId(),
            r.storeId(),
            r.terminalId(),
            r.occurredAt().toInstant().toString(),
            "4901234000028",
            "beverages/tea/green-tea",
            "acme",
            "1",
            "300")) {
      s.append(v.length()).append(':').append(v);
    }
    return Sha256.hex(s.toString(), 64);
  }

  /** The member's 90-day totals, flattened to "key.metric". */
  private static Map<String, Long> history(String member) {
    Map<String, Map<String, Object>> totals =
        given()
            .get("/v1/members/" + member + "/history?through=" + D + "&days=90")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("totals");
    Map<String, Long> flat = new java.util.HashMap<>();
    totals.forEach(
        (key, t) ->
            t.forEach(
                (m, v) -> {
                  if (v instanceof Number n) {
                    flat.put(key + "." + m, n.longValue());
                  }
                }));
    return flat;
  }
}
