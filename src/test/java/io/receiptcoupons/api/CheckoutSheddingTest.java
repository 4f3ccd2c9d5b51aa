package io.receiptcoupons.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.app.Scrape;
import io.receiptcoupons.checkout.CheckoutService;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.system.security.Roles;
import io.receiptcoupons.system.security.TestKeys;
import io.receiptcoupons.system.store.Locks;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * While admission is full, a checkout is answered degraded before it is parsed into a request, and
 * counted as shed; the caller is still authenticated and bound to its store, the transaction id
 * still checked, and nothing is recorded, so the retry is decided for real.
 */
@QuarkusTest
@TestProfile(SheddingProfile.class)
class CheckoutSheddingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final String TILL = TestKeys.BY_ROLE.get(Roles.POS);

  @Inject Locks locks;
  @Inject MemberPseudonyms pseudonyms;
  @Inject CheckoutService checkouts;

  @Test
  void aFullAdmissionShedsBeforeParsingButStillAuthenticatesAndChecksTheStore() {
    String stuck = Checkouts.newMember();
    Map<String, Object> shed = tea(Checkouts.newMember(), TestKeys.POS_STORE);
    for (int warm = 0; warm < 5; warm++) {
      post(tea(Checkouts.newMember(), "S0001"));
    }
    Scrape before = Scrape.now();
    locks
        .withLock(
            Locks.MEMBERS,
            pseudonyms.of(stuck),
            () -> {
              var running = CompletableFuture.runAsync(() -> post(tea(stuck, "S0001")));
              var queued = CompletableFuture.runAsync(() -> post(tea(stuck, "S0001")));
              awaitOverloaded();
              JsonPath answer =
                  asTill()
                      .body(shed)
                      .post("/v1/checkouts")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              assertThat(answer.getBoolean("degraded")).isTrue();
              assertThat(answer.getList("coupons")).isEmpty();
              assertThat(answer.getString("transactionId")).isEqualTo(shed.get("transactionId"));
              assertUnread();
              assertRefusals();
              assertThat(
                      Scrape.now().value("coupons_checkout_shed_total")
                          - before.value("coupons_checkout_shed_total"))
                  .isEqualTo(2);
              return List.of(running, queued);
            })
        .forEach(CompletableFuture::join);
    JsonPath retry =
        asTill().body(shed).post("/v1/checkouts").then().statusCode(200).extract().jsonPath();
    assertThat(retry.getBoolean("degraded")).as("nothing was recorded: decided now").isFalse();
  }

  // Shed before the REST layer: the items are not even read (decided, this body would be a 400).
  private void assertUnread() {
    Map<String, Object> unread = tea(Checkouts.newMember(), TestKeys.POS_STORE);
    unread.put("items", "not a list");
    asTill()
        .body(unread)
        .post("/v1/checkouts")
        .then()
        .statusCode(200)
        .body("degraded", equalTo(true));
  }

  private void assertRefusals() {
    Map<String, Object> badId = tea(Checkouts.newMember(), TestKeys.POS_STORE);
    badId.put("transactionId", "no spaces allowed");
    asTill()
        .body(badId)
        .post("/v1/checkouts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("transactionId"));
    given()
        .header(TestKeys.HEADER, "")
        .contentType(ContentType.JSON)
        .body(tea(Checkouts.newMember(), TestKeys.POS_STORE))
        .post("/v1/checkouts")
        .then()
        .statusCode(401);
    asTill()
        .body(tea(Checkouts.newMember(), "S0099"))
        .post("/v1/checkouts")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  // Polls the state, a bounded number of times; what it asserts is the state, not a time.
  private void awaitOverloaded() {
    for (int poll = 0; poll < 10_000 && !checkouts.overloaded(); poll++) {
      LockSupport.parkNanos(1_000_000L);
    }
    assertThat(checkouts.overloaded()).as("one checkout running and one queued").isTrue();
  }

  private static Map<String, Object> tea(String member, String store) {
    return Checkouts.body(
        Checkouts.newTransaction(), member, store, Checkouts.noon(DAY), List.of(Checkouts.tea()));
  }

  private static void post(Map<String, Object> body) {
    Checkouts.post(body).then().statusCode(200);
  }

  private static io.restassured.specification.RequestSpecification asTill() {
    return given().header(TestKeys.HEADER, TILL).contentType(ContentType.JSON);
  }
}
