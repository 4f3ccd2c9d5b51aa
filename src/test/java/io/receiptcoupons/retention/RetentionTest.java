package io.receiptcoupons.retention;

import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.CheckoutRecords;
import io.receiptcoupons.checkout.CheckoutRetention;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.coupon.CouponRegistry;
import io.receiptcoupons.issuance.CouponRetention;
import io.receiptcoupons.ledger.LedgerRetention;
import io.receiptcoupons.member.MemberRetention;
import io.receiptcoupons.system.store.Store;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A clock moved forward: each kind of record is deleted on the day it is due, not a day before. */
@QuarkusTest
@TestProfile(RetentionProfile.class)
class RetentionTest {

  private static final LocalDate D = LocalDate.of(2026, 6, 1);
  @Inject Retention retention;
  @Inject Store store;
  @Inject CheckoutRecords records;
  @Inject CouponRegistry coupons;
  @Inject MeterRegistry registry;

  @Test
  void eachKindIsDeletedExactlyWhenDueAndTheMetricCountsIt() throws Exception {
    String card = Checkouts.newMember();
    Checkouts.putMember(card, Map.of("gender", "female"));
    List<String> txns = fiveTeas(card, D.minusDays(4));
    String code = couponOf(txns.get(4));
    LocalDate validUntil = store.inTransaction(tx -> coupons.find(tx, code)).validUntil();
    // A later member's events follow the first's in the ledger, so the first's are not its end
    // (tea-lover runs until 2028).
    fiveTeas(Checkouts.newMember(), D.plusDays(500));
    long events = ledgerEvents(txns);
    assertThat(events).isPositive();

    // Idempotency records: kept 7 days after their checkout's date.
    sweep(D.minusDays(4).plusDays(7));
    assertThat(recorded(txns)).containsExactly(true, true, true, true, true);
    double records = deleted(CheckoutRetention.KIND);
    sweep(D.minusDays(4).plusDays(8));
    assertThat(recorded(txns)).containsExactly(false, true, true, true, true);
    assertThat(deleted(CheckoutRetention.KIND)).isEqualTo(records + 1);
    sweep(D.plusDays(8));
    assertThat(recorded(txns)).containsOnly(false);

    // Coupons: kept 30 days after their last valid day.
    sweep(validUntil.plusDays(30));
    assertThat(coupon(code)).isNotNull();
    double expired = deleted(CouponRetention.KIND);
    sweep(validUntil.plusDays(31));
    assertThat(coupon(code)).isNull();
    assertThat(deleted(CouponRetention.KIND)).isGreaterThan(expired);

    // History days: kept for retention-days (400) counting the day itself.
    sweep(D.minusDays(4).plusDays(399));
    assertThat(teaTimes(card)).isEqualTo(5);
    double buckets = deleted(MemberRetention.BUCKETS);
    sweep(D.minusDays(4).plusDays(400));
    assertThat(teaTimes(card)).isEqualTo(4);
    assertThat(deleted(MemberRetention.BUCKETS)).isGreaterThan(buckets);

    // A member whose last purchase is past the retention is forgotten, profile and all.
    sweep(D.plusDays(399));
    assertThat(teaTimes(card)).isEqualTo(1);
    assertThat(gender(card)).isEqualTo("female");
    double members = deleted(MemberRetention.MEMBERS);
    sweep(D.plusDays(400));
    assertThat(teaTimes(card)).isZero();
    assertThat(gender(card)).isEqualTo("unknown");
    assertThat(deleted(MemberRetention.MEMBERS)).isEqualTo(members + 1);

    // Ledger events: kept ledger-days (500) after the day they happened.
    sweep(D.plusDays(RetentionProfile.LEDGER_DAYS));
    assertThat(ledgerEvents(txns)).isEqualTo(events);
    double ledger = deleted(LedgerRetention.KIND);
    sweep(D.plusDays(RetentionProfile.LEDGER_DAYS + 1));
    assertThat(ledgerEvents(txns)).isZero();
    assertThat(deleted(LedgerRetention.KIND)).isGreaterThanOrEqualTo(ledger + events);
    assertThat(registry.find("coupons.retention.sweep").timer().count()).isGreaterThan(10);
  }

  // The instant is the first moment of the day in the programme's zone: due means due that day.
  private void sweep(LocalDate day) {
    retention.sweep(day.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
  }

  private double deleted(String kind) {
    Counter counter = registry.find("coupons.retention.deleted").tag("kind", kind).counter();
    return counter == null ? 0 : counter.count();
  }

  private static List<String> fiveTeas(String card, LocalDate first) {
    List<String> txns = new ArrayList<>();
    for (int day = 0; day < 5; day++) {
      String txn = Checkouts.newTransaction();
      txns.add(txn);
      Checkouts.post(Checkouts.body(txn, card, "S0001", noon(first.plusDays(day)), List.of(tea())))
          .then()
          .statusCode(200);
    }
    return txns;
  }

  private String couponOf(String txn) {
    return store.inTransaction(tx -> records.find(tx, txn)).response().coupons().get(0).code();
  }

  private io.receiptcoupons.coupon.CouponRecord coupon(String code) {
    return store.inTransaction(tx -> coupons.find(tx, code));
  }

  private List<Boolean> recorded(List<String> txns) {
    return store.inTransaction(tx -> txns.stream().map(t -> records.find(tx, t) != null).toList());
  }

  private static int teaTimes(String card) {
    Integer times =
        given()
            .get("/v1/members/" + card + "/history?through=" + D + "&days=10")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .get("totals.'c:beverages/tea'.times");
    return times == null ? 0 : times;
  }

  private static String gender(String card) {
    return given().get("/v1/members/" + card).then().statusCode(200).extract().path("gender");
  }

  private static long ledgerEvents(List<String> txns) throws Exception {
    String export =
        given().get("/v1/ledger?format=jsonl").then().statusCode(200).extract().asString();
    long count = 0;
    for (String line : export.split("\n")) {
      if (!line.isBlank()) {
        JsonNode e = new ObjectMapper().readTree(line);
        count += txns.contains(e.path("transactionId").asText()) ? 1 : 0;
      }
    }
    return count;
  }
}
