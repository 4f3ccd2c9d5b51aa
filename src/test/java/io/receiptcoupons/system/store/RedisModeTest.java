package io.receiptcoupons.system.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.issuance.Issuing;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The whole service in scale-out mode against a real redis-server, through its HTTP API. */
@QuarkusTest
@TestProfile(RedisProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisModeTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final String AT = Checkouts.noon(DAY);

  @Test
  @Order(1)
  void aCheckoutIsRecordedInRedisAndARetryReplaysTheSameAnswer() {
    String txn = Checkouts.newTransaction();
    String card = Checkouts.newMember();
    JsonPath first = Issuing.buy(txn, card, "S0001", AT, "R-1");
    assertThat(Issuing.campaigns(first)).containsExactly("redeemable");
    long issued = Issuing.stats("redeemable").getLong("counts.issued");

    JsonPath again = Issuing.buy(txn, card, "S0001", AT, "R-1");
    assertThat(again.getString("coupons[0].code")).isEqualTo(first.getString("coupons[0].code"));
    assertThat(Issuing.stats("redeemable").getLong("counts.issued")).isEqualTo(issued);
    Checkouts.post(Checkouts.body(txn, card, "S0001", AT, List.of(Issuing.item("R-2"))))
        .then()
        .statusCode(409);

    try (Jedis redis = new Jedis(RedisTestResource.server().url())) {
      String code = first.getString("coupons[0].code");
      assertThat(redis.hexists("{coupons}:map:coupons", code))
          .as("the coupon is in Redis")
          .isTrue();
      assertThat(redis.zcard("{coupons}:keys:ledger")).isPositive();
    }
    assertThat(Files.exists(Path.of("target/test-store/redis-mode-must-not-exist.mv.db")))
        .as("no embedded store file in Redis mode")
        .isFalse();
  }

  @Test
  @Order(2)
  void aBudgetOfOneHundredIssuesExactlyOneHundredUnderOneThousandConcurrentCheckouts()
      throws Exception {
    long issued = Issuing.issuedConcurrently(1000, AT, "B-100", "budget-hundred");

    assertThat(issued).isEqualTo(100);
    JsonPath stats = Issuing.stats("budget-hundred");
    assertThat(stats.getLong("counts.issued")).isEqualTo(100);
    assertThat(stats.getLong("counts.budgetExhausted")).isEqualTo(900);
    assertThat(stats.getLong("budget.remaining")).isZero();
    long exported =
        export()
            .lines()
            .filter(l -> l.contains(",issued,") && l.contains("budget-hundred"))
            .count();
    assertThat(exported).as("issued events in the ledger export").isEqualTo(100);
  }

  @Test
  @Order(3)
  void perMemberCapsHold() {
    String member = Checkouts.newMember();
    assertThat(capped(member, DAY)).isFalse();
    assertThat(capped(member, DAY.plusDays(6))).as("min 7 days between").isTrue();
    assertThat(capped(member, DAY.plusDays(7))).isFalse();
    assertThat(capped(member, DAY.plusDays(30))).as("max 2").isTrue();
  }

  @Test
  @Order(4)
  void aCodeRedeemsExactlyOnceUnderConcurrentScans() throws Exception {
    String code = issueRedeemable(Checkouts.newTransaction());
    List<Callable<Boolean>> scans = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String txn = Checkouts.newTransaction();
      scans.add(() -> redeem(code, txn).jsonPath().getBoolean("accepted"));
    }
    assertThat(Issuing.inParallel(16, scans)).containsOnlyOnce(true);
    redeem(code, Checkouts.newTransaction())
        .then()
        .body("accepted", equalTo(false))
        .body("reason", equalTo("already-redeemed"));
  }

  @Test
  @Order(5)
  void aVoidGivesTheBudgetBackAndItsCouponIsRejectedAsVoided() {
    String at = Checkouts.noon(LocalDate.of(2026, 12, 10));
    String first = Checkouts.newTransaction();
    JsonPath issued = Issuing.buy(first, null, "S0001", at, "V-1");
    assertThat(Issuing.campaigns(issued)).containsExactly("void-budget");
    assertThat(Issuing.campaigns(Issuing.buy(Checkouts.newTransaction(), null, "S0001", at, "V-1")))
        .isEmpty();

    given().post("/v1/checkouts/" + first + "/void").then().statusCode(200);
    given().post("/v1/checkouts/" + first + "/void").then().statusCode(200);

    JsonPath stats = Issuing.stats("void-budget");
    assertThat(stats.getLong("budget.remaining")).isEqualTo(1);
    assertThat(stats.getLong("counts.voided")).isEqualTo(1);
    assertThat(Issuing.campaigns(Issuing.buy(Checkouts.newTransaction(), null, "S0001", at, "V-1")))
        .containsExactly("void-budget");
  }

  @Test
  @Order(6)
  void theLedgerExportsEveryEventInSequenceOrder() {
    String code = issueRedeemable(Checkouts.newTransaction());
    List<String> rows = export().lines().skip(1).toList();
    assertThat(rows).anyMatch(l -> l.contains(",issued,") && l.contains(code));
    List<Long> seqs = rows.stream().map(l -> Long.parseLong(l.split(",")[0])).toList();
    assertThat(seqs).isSorted().doesNotHaveDuplicates();
  }

  @Test
  @Order(7)
  void aMembersCheckoutTakesTwoRoundTripsAndRedisCountsTheCommandsTheServiceCounts() {
    Issuing.buy(Checkouts.newTransaction(), Checkouts.newMember(), "S0001", AT, "R-1");
    // Per-checkout summaries: a metrics scrape itself reads counters from Redis.
    double trips = metric("coupons_checkout_store_round_trips_sum");
    double commands = metric("coupons_checkout_store_commands_sum");
    Map<String, Long> before = commandStats();
    for (int i = 0; i < 20; i++) {
      Issuing.buy(Checkouts.newTransaction(), Checkouts.newMember(), "S0001", AT, "R-1");
    }
    Map<String, Long> after = commandStats();
    double sent = metric("coupons_checkout_store_commands_sum") - commands;

    assertThat(metric("coupons_checkout_store_round_trips_sum") - trips).isEqualTo(40);
    long counted =
        Stream.of("hmget", "evalsha", "eval")
            .mapToLong(c -> after.getOrDefault(c, 0L) - before.getOrDefault(c, 0L))
            .sum();
    assertThat(counted).as("INFO commandstats").isEqualTo((long) sent);
  }

  @Test
  @Order(8)
  void everyKeyAMembersCheckoutTouchesIsInTheOneSlotOfThePrefixsHashTag() throws Exception {
    String member = Checkouts.newMember();
    String at = Checkouts.noon(LocalDate.of(2026, 12, 20));
    List<Map<String, Object>> items = List.of(Issuing.item("B-2"), Issuing.item("C-2"));
    Set<String> keys =
        MonitoredKeys.during(
            RedisTestResource.server().url(),
            () ->
                Checkouts.post(
                        Checkouts.body(Checkouts.newTransaction(), member, "S0001", at, items))
                    .then()
                    .statusCode(200)
                    .body("coupons.campaignId", containsInAnyOrder("small-budget", "capped")));

    assertThat(keys)
        .as("member, transaction, coupons, caps, ledger, budget and stats keys")
        .anyMatch(k -> k.endsWith(":map:member-history"))
        .anyMatch(k -> k.endsWith(":map:checkouts"))
        .anyMatch(k -> k.endsWith(":map:coupons"))
        .anyMatch(k -> k.endsWith(":map:caps"))
        .anyMatch(k -> k.endsWith(":seq:ledger"))
        .anyMatch(k -> k.endsWith(":budget:small-budget"))
        .anyMatch(k -> k.contains(":stats:small-budget"));
    int slot = JedisClusterCRC16.getSlot("{coupons}");
    assertThat(keys)
        .allSatisfy(k -> assertThat(JedisClusterCRC16.getSlot(k)).as(k).isEqualTo(slot));
  }

  @Test
  @Order(100)
  void withRedisDownTheReplicaIsUnreadyAndCheckoutsDegradeThenRecover() {
    given().get("/q/health/ready").then().statusCode(200);
    Map<String, Object> spooled = body("R-1");
    RedisTestResource.server().stop();
    try {
      Checkouts.post(spooled).then().statusCode(200).body("degraded", equalTo(true));
      Checkouts.post(spooled).then().statusCode(200).body("degraded", equalTo(true));
      assertThat(metric("coupons_spool_depth")).as("one transactionId, spooled once").isEqualTo(1);
      given()
          .get("/q/health/ready")
          .then()
          .statusCode(503)
          .body("checks.find { it.name == 'coupon-engine' }.data.store", equalTo("down"));
      Checkouts.post(body("R-1")).then().statusCode(200).body("degraded", equalTo(true));
      given().get("/q/health/live").then().statusCode(200);
    } finally {
      RedisTestResource.server().restart();
    }
    given().get("/q/health/ready").then().statusCode(200);
    awaitEmptySpool();
    // Applied once from the spool: recorded as a checkout that printed nothing, so the retry
    // replays that instead of issuing now.
    Checkouts.post(spooled)
        .then()
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("coupons.size()", equalTo(0));
    Checkouts.post(body("R-1"))
        .then()
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("coupons[0].campaignId", equalTo("redeemable"));
  }

  /**
   * Waits (at most 30 s) for the spool to drain, then asserts it did; shared with the Cluster test.
   */
  static void awaitEmptySpool() {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (metric("coupons_spool_depth") > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertThat(metric("coupons_spool_depth")).isZero();
  }

  /** A meter summed over its labels, from /q/metrics. */
  static double metric(String name) {
    String text = given().get("/q/metrics").then().extract().asString();
    return text.lines()
        .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static Map<String, Long> commandStats() {
    try (Jedis redis = new Jedis(RedisTestResource.server().url())) {
      Map<String, Long> calls = new java.util.HashMap<>();
      for (String line : redis.info("commandstats").split("\r\n")) {
        if (line.startsWith("cmdstat_")) {
          String count = line.substring(line.indexOf("calls=") + 6, line.indexOf(','));
          calls.put(line.substring(8, line.indexOf(':')), Long.parseLong(count));
        }
      }
      return calls;
    }
  }

  private static Map<String, Object> body(String sku) {
    return Checkouts.body(
        Checkouts.newTransaction(), Checkouts.newMember(), "S0001", AT, List.of(Issuing.item(sku)));
  }

  private static boolean capped(String member, LocalDate day) {
    return !Issuing.campaigns(
            Issuing.buy(Checkouts.newTransaction(), member, "S0001", Checkouts.noon(day), "C-2"))
        .contains("capped");
  }

  private static String issueRedeemable(String txn) {
    JsonPath r = Issuing.buy(txn, Checkouts.newMember(), "S0001", AT, "R-1");
    assertThat(Issuing.campaigns(r)).containsExactly("redeemable");
    return r.getString("coupons[0].code");
  }

  private static Response redeem(String code, String txn) {
    return given()
        .contentType("application/json")
        .body(
            Map.of(
                "code",
                code,
                "storeId",
                "S0002",
                "transactionId",
                txn,
                "occurredAt",
                Checkouts.noon(DAY.plusDays(3)),
                "items",
                List.of(Issuing.item("R-2"))))
        .post("/v1/redemptions");
  }

  private static String export() {
    return given().get("/v1/ledger?format=csv&after=0").then().statusCode(200).extract().asString();
  }
}
