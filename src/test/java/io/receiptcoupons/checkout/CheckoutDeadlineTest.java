package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.body;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.post;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.app.Scrape;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.system.store.Locks;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A checkout stuck past its deadline (its member's lock held, as by a blocked store) answers
 * degraded, the answer margin before the deadline, and records nothing; with the one thread and
 * queue slot taken, the next is shed; once unblocked, a retry of the late checkout is decided for
 * real.
 */
@QuarkusTest
@TestProfile(DeadlineProfile.class)
class CheckoutDeadlineTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);
  @Inject Locks locks;
  @Inject MemberPseudonyms pseudonyms;
  @Inject CheckoutAdmission admission;

  @Test
  void aLateCheckoutIsDegradedAndRecordsNothingAndPastTheBoundsCheckoutsAreShed() {
    String member = Checkouts.newMember();
    Map<String, Object> first = teaCheckout(member);
    Map<String, Object> second = teaCheckout(member);
    // A cold service can miss a short deadline by itself; the blocked lock must be the only cause.
    for (int i = 0; i < 5; i++) {
      answer(teaCheckout(Checkouts.newMember()));
    }
    Scrape before = Scrape.now();
    locks.withLock(
        Locks.MEMBERS,
        pseudonyms.of(member),
        () -> {
          var running = CompletableFuture.supplyAsync(() -> answer(first));
          var queued = CompletableFuture.supplyAsync(() -> answer(second));
          assertDegraded(running.join(), first);
          assertDegraded(queued.join(), second);
          assertThat(history(member)).as("nothing recorded").isEmpty();
          // The one thread still waits on the lock and the queue still holds the other.
          Map<String, Object> third = teaCheckout(member);
          assertDegraded(answer(third), third);
          return null;
        });
    Scrape blocked = Scrape.now();
    assertThat(delta(before, blocked, "coupons_checkout_late_total")).isEqualTo(2);
    assertThat(delta(before, blocked, "coupons_checkout_shed_total")).isEqualTo(1);
    assertThat(outcomes(before, blocked, "degraded")).isEqualTo(3);

    JsonPath retry = answer(first);
    assertThat(retry.getBoolean("degraded")).isFalse();
    assertThat(retry.getString("rulesetVersion")).isNotNull();
    Scrape after = Scrape.now();
    assertThat(outcomes(blocked, after, "ok")).as("decided for real, not replayed").isEqualTo(1);
    assertThat(outcomes(blocked, after, "replay")).isZero();
    assertThat(history(member)).isNotEmpty();
  }

  @Test
  void aCheckoutMustBeDecidedByTheDeadlineLessTheAnswerMargin() throws Exception {
    long arrived = System.nanoTime();
    long[] decideBy = new long[1];
    admission
        .submit(
            "margin",
            arrived,
            deadline -> {
              long now = System.nanoTime();
              decideBy[0] = now + deadline.remainingNanos();
              return CheckoutResponse.degraded("margin");
            })
        .toCompletableFuture()
        .get();
    // The 20 s deadline less the 19 s margin: the value the checkout's deadline holds, not a time.
    assertThat(Duration.ofNanos(decideBy[0] - arrived))
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  static Map<String, Object> teaCheckout(String member) {
    return body(Checkouts.newTransaction(), member, "S0001", noon(D), List.of(tea()));
  }

  static JsonPath answer(Map<String, Object> checkout) {
    return post(checkout).then().statusCode(200).extract().jsonPath();
  }

  static void assertDegraded(JsonPath answer, Map<String, Object> checkout) {
    assertThat(answer.getBoolean("degraded")).isTrue();
    assertThat(answer.getList("coupons")).isEmpty();
    assertThat(answer.getString("transactionId")).isEqualTo(checkout.get("transactionId"));
  }

  static Map<String, Object> history(String member) {
    return given()
        .get("/v1/members/" + member + "/history?through=" + D + "&days=30")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("totals");
  }

  static double delta(Scrape before, Scrape after, String name) {
    return after.value(name) - before.value(name);
  }

  private static double outcomes(Scrape before, Scrape after, String outcome) {
    return after.value("coupons_checkout_requests_total", "outcome", outcome)
        - before.value("coupons_checkout_requests_total", "outcome", outcome);
  }
}
