package io.receiptcoupons.member;

import static io.receiptcoupons.checkout.Checkouts.coffee;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.app.Scrape;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.system.audit.AuditLog;
import io.receiptcoupons.system.store.Store;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** POST /v1/members/{old}/transfer moves everything onto the new card and retires the old one. */
@QuarkusTest
class CardTransferTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);
  static final LocalDate SPRING = LocalDate.of(2027, 3, 10);
  private static final String RETIRED = "coupons_checkout_retired_cards_total";

  @Inject Store store;
  @Inject CardLinks links;
  @Inject MemberPseudonyms pseudonyms;

  @Test
  void everythingMovesTheCouponRedeemsTheCapHoldsAndTheOldCardIsRetired() {
    String old = Checkouts.newMember();
    String replacement = Checkouts.newMember();
    Checkouts.putMember(old, Map.of("area", "150"));
    String code = teaLoverCoupon(old);

    JsonPath answer = transfer(old, replacement).statusCode(200).extract().jsonPath();
    assertThat(answer.getMap(""))
        .isEqualTo(Map.of("from", old, "to", replacement, "merged", false));
    assertThat(area(replacement)).isEqualTo("150");
    assertThat(area(old)).isNull();
    assertThat(teaTimes(replacement, D, 90)).isEqualTo(5);
    assertThat(teaTimes(old, D, 90)).isZero();
    // tea-lover spaces coupons 30 days apart: without the moved cap the 6th tea would print it.
    assertThat(Checkouts.buy(replacement, D.plusDays(1), List.of(tea()))).isEmpty();

    double retiredBefore = Scrape.now().value(RETIRED);
    JsonPath onOld = checkout(old, D.plusDays(1), tea()).statusCode(200).extract().jsonPath();
    assertThat(onOld.getString("card")).isEqualTo("retired");
    assertThat(onOld.getList("coupons")).isEmpty();
    assertThat(Scrape.now().value(RETIRED)).isEqualTo(retiredBefore + 1);
    assertThat(teaTimes(old, D.plusDays(1), 90)).isZero();
    assertThat(teaTimes(replacement, D.plusDays(1), 90)).isEqualTo(6);

    assertThat(redeem(code)).isTrue();
    // Repeating the transfer changes nothing and answers the same.
    transfer(old, replacement).statusCode(200);
    assertThat(transfer(old, replacement).statusCode(200).extract().jsonPath().getMap(""))
        .isEqualTo(answer.getMap(""));
    assertThat(teaTimes(replacement, D.plusDays(1), 90)).isEqualTo(6);
  }

  @Test
  void aCheckoutOnANeverReplacedCardSaysNothingAboutTheCard() {
    JsonPath answer =
        checkout(Checkouts.newMember(), D, tea()).statusCode(200).extract().jsonPath();
    assertThat(answer.getMap("")).containsEntry("card", null);
  }

  @Test
  void aTransferOntoACardWithHistoryMergesSummingEachDay() {
    String old = Checkouts.newMember();
    String replacement = Checkouts.newMember();
    Checkouts.buy(old, D.minusDays(2), List.of(tea()));
    Checkouts.buy(old, D.minusDays(1), List.of(tea()));
    Checkouts.buy(old, D.minusDays(1), List.of(tea()));
    Checkouts.buy(replacement, D.minusDays(1), List.of(tea()));
    Checkouts.buy(replacement, D, List.of(coffee()));

    assertThat(transfer(old, replacement).statusCode(200).extract().jsonPath().getBoolean("merged"))
        .isTrue();

    assertThat(teaTimes(replacement, D.minusDays(1), 1)).isEqualTo(3);
    assertThat(teaTimes(replacement, D.minusDays(2), 1)).isEqualTo(1);
    assertThat(teaTimes(replacement, D, 90)).isEqualTo(4);
    assertThat(times(replacement, D, 90, "c:beverages/coffee")).isEqualTo(1);
    assertThat(teaTimes(old, D, 90)).isZero();
  }

  @Test
  void theOptOutMovesWithTheCard() {
    String old = Checkouts.newMember();
    String replacement = Checkouts.newMember();
    Checkouts.buy(old, D, List.of(tea()));
    Checkouts.putMember(old, Map.of("optedOut", true));

    transfer(old, replacement).statusCode(200);

    given().get("/v1/members/" + replacement).then().statusCode(200).body("optedOut", is(true));
    Checkouts.buy(replacement, D, List.of(tea()));
    assertThat(teaTimes(replacement, D, 90)).isZero();
  }

  @Test
  void partnerListMembershipAndAMaximumOfOneMoveWithTheCard() {
    String old = Checkouts.newMember();
    String replacement = Checkouts.newMember();
    List<String> list = new ArrayList<>(List.of(old));
    while (list.size() < 50) {
      list.add(Checkouts.newMember());
    }
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("endsOn", "2027-05-31", "memberIds", list))
        .put("/v1/partners/blue-mountain/jobs/spring-2027")
        .then()
        .statusCode(200);
    assertThat(Checkouts.buy(old, SPRING, List.of(coffee()))).contains("partner-coffee-trial");

    transfer(old, replacement).statusCode(200);

    assertThat(partnerCheck(replacement)).isEqualTo(List.of(true, "on it"));
    assertThat(partnerCheck(Checkouts.newMember())).isEqualTo(List.of(false, "not on it"));
    // partner-coffee-trial prints once per member: the moved cap keeps the second one back.
    assertThat(Checkouts.buy(replacement, SPRING.plusDays(1), List.of(coffee())))
        .doesNotContain("partner-coffee-trial");
  }

  @Test
  void theNewCardKeepsTheOldCardsHoldoutIdentityAcrossTwoReplacementsEachAudited() {
    String first = Checkouts.newMember();
    String second = Checkouts.newMember();
    String third = Checkouts.newMember();
    Checkouts.buy(first, D, List.of(tea()));
    long after = lastAudited();

    transfer(first, second).statusCode(200);
    transfer(second, third).statusCode(200);

    assertThat(holdoutIdentity(third)).isEqualTo(pseudonyms.of(first));
    assertThat(holdoutIdentity(Checkouts.newMember())).isNotEqualTo(pseudonyms.of(first));
    assertThat(teaTimes(third, D, 90)).isEqualTo(1);
    JsonPath audit = given().get("/v1/audit?after=" + after).then().extract().jsonPath();
    assertThat(audit.getList("records.action", String.class))
        .containsExactly(AuditLog.MEMBER_TRANSFER, AuditLog.MEMBER_TRANSFER);
    assertThat(audit.getList("records.target", String.class))
        .containsExactly(
            pseudonyms.of(first) + " -> " + pseudonyms.of(second),
            pseudonyms.of(second) + " -> " + pseudonyms.of(third));
  }

  private static long lastAudited() {
    long after = 0;
    for (JsonPath page; ; after = page.getLong("next")) {
      page = given().get("/v1/audit?limit=1000&after=" + after).jsonPath();
      List<Long> seqs = page.getList("records.seq", Long.class);
      if (page.getString("next") == null) {
        return seqs.isEmpty() ? after : seqs.get(seqs.size() - 1);
      }
    }
  }

  @Test
  void badTransfersAreRefusedNamingTheFieldAndChangeNothing() {
    String old = Checkouts.newMember();
    String replacement = Checkouts.newMember();
    Checkouts.buy(old, D, List.of(tea()));

    problem(transfer(old, old), 400).body("errors.field", hasItem("to"));
    problem(transfer(old, "not a card!"), 400).body("errors.field", hasItem("to"));
    problem(given().contentType(ContentType.JSON).body("{}").post(path(old)).then(), 400)
        .body("errors.field", hasItem("to"));
    problem(transfer(Checkouts.newMember(), replacement), 404);
    assertThat(teaTimes(old, D, 90)).isEqualTo(1);

    transfer(old, replacement).statusCode(200);
    problem(transfer(old, Checkouts.newMember()), 409);
    problem(transfer(Checkouts.newMember(), old), 400).body("errors.field", hasItem("to"));
    assertThat(teaTimes(replacement, D, 90)).isEqualTo(1);
  }

  @Test
  void erasingTheNewCardErasesWhatMovedAndErasingTheRetiredCardRemovesItsMarker() {
    String old = Checkouts.newMember();
    String replacement = Checkouts.newMember();
    String code = teaLoverCoupon(old);
    transfer(old, replacement).statusCode(200);

    given().delete("/v1/members/" + replacement).then().statusCode(204);
    assertThat(redeemReason(code)).isEqualTo("voided");
    assertThat(teaTimes(replacement, D, 90)).isZero();

    given().delete("/v1/members/" + old).then().statusCode(204);
    JsonPath again = checkout(old, D, tea()).statusCode(200).extract().jsonPath();
    assertThat(again.getMap("")).containsEntry("card", null);
    assertThat(teaTimes(old, D, 90)).isEqualTo(1);
  }

  /**
   * Four clients, two on each card, post checkouts before, during and after the transfer: every
   * purchase not answered "retired" is counted exactly once, on the new card.
   */
  @Test
  void concurrentCheckoutsOnBothCardsDuringTheTransferAreCountedExactlyOnce() throws Exception {
    String old = Checkouts.newMember();
    String replacement = Checkouts.newMember();
    Checkouts.buy(old, D, List.of(tea()));
    Checkouts.buy(replacement, D, List.of(tea()));
    CountDownLatch started = new CountDownLatch(4);
    CountDownLatch transferred = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<Tally>> tallies = new ArrayList<>();
    for (String card : List.of(old, old, replacement, replacement)) {
      tallies.add(clients.submit(() -> client(card, started, transferred)));
    }
    started.await();
    transfer(old, replacement).statusCode(200);
    transferred.countDown();
    Tally total = new Tally(0, 0);
    for (int client = 0; client < 4; client++) {
      Tally tally = tallies.get(client).get(2, TimeUnit.MINUTES);
      total = new Tally(total.counted() + tally.counted(), total.retired() + tally.retired());
      if (client < 2) {
        assertThat(tally.retired()).as("the old card after the transfer").isGreaterThanOrEqualTo(3);
      } else {
        assertThat(tally.retired()).as("the new card").isZero();
      }
    }
    clients.shutdown();

    assertThat(total.counted() + total.retired()).isEqualTo(4 * 12);
    assertThat(teaTimes(replacement, D, 1)).isEqualTo(2 + total.counted());
    assertThat(teaTimes(old, D, 1)).isZero();
  }

  /** One client's checkouts: counted on a live card, or answered "retired". */
  record Tally(int counted, int retired) {}

  // 5 checkouts before the transfer starts, 4 while it may run, 3 once it has answered.
  private static Tally client(String card, CountDownLatch started, CountDownLatch transferred)
      throws InterruptedException {
    int counted = 0;
    int retired = 0;
    for (int i = 0; i < 12; i++) {
      if (i == 5) {
        started.countDown();
      } else if (i == 9) {
        transferred.await();
      }
      JsonPath answer = checkout(card, D, tea()).statusCode(200).extract().jsonPath();
      assertThat(answer.getBoolean("degraded")).isFalse();
      if ("retired".equals(answer.getString("card"))) {
        retired++;
      } else {
        counted++;
      }
    }
    return new Tally(counted, retired);
  }

  static String teaLoverCoupon(String member) {
    JsonPath fifth = null;
    for (int day = 4; day >= 0; day--) {
      fifth = checkout(member, D.minusDays(day), tea()).statusCode(200).extract().jsonPath();
    }
    assertThat(fifth.getList("coupons.campaignId", String.class)).contains("tea-lover");
    return fifth.getString("coupons.find { it.campaignId == 'tea-lover' }.code");
  }

  static ValidatableResponse transfer(String from, String to) {
    return given().contentType(ContentType.JSON).body(Map.of("to", to)).post(path(from)).then();
  }

  static ValidatableResponse checkout(String member, LocalDate date, Map<String, Object> item) {
    return Checkouts.post(
            Checkouts.body(Checkouts.newTransaction(), member, "S0001", noon(date), List.of(item)))
        .then();
  }

  static int teaTimes(String member, LocalDate through, int days) {
    return times(member, through, days, "c:beverages/tea");
  }

  static int times(String member, LocalDate through, int days, String key) {
    Integer times =
        given()
            .get("/v1/members/" + member + "/history?through=" + through + "&days=" + days)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getObject("totals.'" + key + "'.times", Integer.class);
    return times == null ? 0 : times;
  }

  private String holdoutIdentity(String card) {
    return store.inTransaction(tx -> links.holdoutIdentity(tx, pseudonyms.of(card)));
  }

  private static String path(String card) {
    return "/v1/members/" + card + "/transfer";
  }

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json");
  }

  private static String area(String card) {
    return given().get("/v1/members/" + card).then().statusCode(200).extract().path("area");
  }

  private static org.hamcrest.Matcher<Object> is(Object value) {
    return org.hamcrest.Matchers.equalTo(value);
  }

  private static List<Object> partnerCheck(String card) {
    Map<String, Object> check =
        given()
            .queryParam("at", noon(SPRING.plusDays(1)))
            .get("/v1/members/" + card + "/eligibility")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap(
                "campaigns.find { it.campaignId == 'partner-coffee-trial' }.conditions.find {"
                    + " it.condition == 'partner list blue-mountain/spring-2027' }");
    return List.of(check.get("passed"), check.get("actual"));
  }

  private static boolean redeem(String code) {
    return redemption(code).getBoolean("accepted");
  }

  private static String redeemReason(String code) {
    return redemption(code).getString("reason");
  }

  private static JsonPath redemption(String code) {
    return Checkouts.redeemOnTea(code, D.plusDays(1));
  }
}
