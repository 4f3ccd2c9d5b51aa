package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.body;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static io.receiptcoupons.checkout.Checkouts.post;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckoutIdempotencyTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  @Test
  void aRetryReturnsTheSameCouponsAndCountsOnce() {
    String m = Checkouts.newMember();
    for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
      Checkouts.buy(m, D.minusDays(daysAgo), List.of(tea()));
    }
    Map<String, Object> fifth =
        body(Checkouts.newTransaction(), m, "S0001", noon(D), List.of(tea()));
    String first = post(fifth).then().statusCode(200).extract().asString();
    String retry = post(fifth).then().statusCode(200).extract().asString();
    assertThat(retry).isEqualTo(first).contains("tea-lover");
    assertThat(teaTimes(m, D)).isEqualTo(5);
  }

  @Test
  void twentyConcurrentRetriesGiveOneAnswerAndOneCount() throws Exception {
    String m = Checkouts.newMember();
    for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
      Checkouts.buy(m, D.minusDays(daysAgo), List.of(tea()));
    }
    Map<String, Object> fifth =
        body(Checkouts.newTransaction(), m, "S0001", noon(D), List.of(tea()));
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(() -> post(fifth).then().statusCode(200).extract().asString());
      }
      List<String> answers = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(calls)) {
        answers.add(f.get());
      }
      assertThat(answers).hasSize(20).containsOnly(answers.get(0));
      assertThat(answers.get(0)).contains("tea-lover");
    } finally {
      pool.shutdownNow();
    }
    assertThat(teaTimes(m, D)).isEqualTo(5);
  }

  @Test
  void theSameIdWithADifferentBodyIsAConflictAndChangesNothing() {
    String m = Checkouts.newMember();
    String id = Checkouts.newTransaction();
    post(body(id, m, "S0001", noon(D), List.of(tea()))).then().statusCode(200);
    List<Map<String, Object>> more = List.of(tea(), Checkouts.coffee());
    post(body(id, m, "S0001", noon(D), more))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(id));
    assertThat(teaTimes(m, D)).isEqualTo(1);
    given()
        .get("/v1/members/" + m + "/history?through=" + D + "&days=1")
        .then()
        .body(
            "totals",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("c:beverages/coffee")));
  }

  static int teaTimes(String member, LocalDate through) {
    return given()
        .get("/v1/members/" + member + "/history?through=" + through + "&days=90")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("totals.'c:beverages/tea'.times");
  }
}
