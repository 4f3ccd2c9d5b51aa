package io.receiptcoupons.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.issuance.Issuing;
import io.receiptcoupons.system.store.RedisServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Three packaged replicas sharing one real redis-server behave as one service. */
class ScaleOutIT {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final String AT = Checkouts.noon(DAY);
  private static Path dir;
  private static RedisServer redis;
  private static ServiceProcess a;
  private static ServiceProcess b;
  private static ServiceProcess c;
  private static List<ServiceProcess> replicas;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("scale-out-it");
    redis = RedisServer.start();
    a = replica("a");
    b = replica("b");
    c = replica("c");
    replicas = List.of(a, b, c);
    for (ServiceProcess replica : replicas) {
      assertStarted(replica);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable running : new AutoCloseable[] {a, b, c, redis}) {
      if (running != null) {
        running.close();
      }
    }
  }

  @Test
  void sixHundredCheckoutsOverThreeReplicasIssueExactlyTheBudgetOfOneHundred() throws Exception {
    List<Callable<List<String>>> checkouts = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      ServiceProcess replica = replicas.get(i % 3);
      checkouts.add(() -> campaigns(buy(replica, Checkouts.newTransaction(), newCard(), "B-100")));
    }
    long issued =
        Issuing.inParallel(32, checkouts).stream()
            .filter(c -> c.contains("budget-hundred"))
            .count();
    assertThat(issued).isEqualTo(100);
    for (ServiceProcess replica : replicas) {
      JsonPath stats = stats(replica, "budget-hundred");
      assertThat(stats.getLong("counts.issued")).isEqualTo(100);
      assertThat(stats.getLong("counts.budgetExhausted")).isEqualTo(500);
      assertThat(stats.getLong("budget.remaining")).isZero();
    }
  }

  @Test
  void aRetryAtEitherOtherReplicaReplaysTheSameAnswer() {
    String txn = Checkouts.newTransaction();
    String card = newCard();
    JsonPath first = buy(a, txn, card, "R-1");
    assertThat(campaigns(first)).containsExactly("redeemable");
    for (ServiceProcess other : List.of(b, c)) {
      JsonPath retry = buy(other, txn, card, "R-1");
      assertThat(retry.getString("coupons[0].code")).isEqualTo(first.getString("coupons[0].code"));
      assertThat(retry.getString("rulesetVersion")).isEqualTo(first.getString("rulesetVersion"));
    }
  }

  @Test
  void aCodeIssuedOnOneReplicaRedeemsOnceAcrossAllThree() throws Exception {
    String code = buy(a, Checkouts.newTransaction(), newCard(), "R-1").getString("coupons[0].code");
    List<Callable<Boolean>> scans = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ServiceProcess replica = replicas.get(i % 3);
      scans.add(() -> redeem(replica, code).getBoolean("accepted"));
    }
    assertThat(Issuing.inParallel(12, scans)).containsOnlyOnce(true);
    JsonPath again = redeem(c, code);
    assertThat(again.getBoolean("accepted")).isFalse();
    assertThat(again.getString("reason")).isEqualTo("already-redeemed");
  }

  @Test
  void aPerMemberCapHoldsAcrossReplicas() {
    String card = newCard();
    assertThat(capped(a, card, DAY)).isFalse();
    assertThat(capped(b, card, DAY.plusDays(6))).as("min 7 days between, on B").isTrue();
    assertThat(capped(c, card, DAY.plusDays(7))).isFalse();
    assertThat(capped(a, card, DAY.plusDays(30))).as("max 2, on A").isTrue();
    assertThat(capped(c, card, DAY.plusDays(60))).as("max 2, on C").isTrue();
  }

  @Test
  void allReplicasReportTheSameStats() {
    for (ServiceProcess replica : replicas) {
      buy(replica, Checkouts.newTransaction(), newCard(), "R-1");
    }
    for (String campaign : List.of("redeemable", "budget-hundred", "capped")) {
      Map<String, Object> onA = stats(a, campaign).getMap("counts");
      assertThat(stats(b, campaign).getMap("counts")).as(campaign).isEqualTo(onA);
      assertThat(stats(c, campaign).getMap("counts")).as(campaign).isEqualTo(onA);
    }
    assertThat(stats(a, "redeemable").getLong("counts.issued")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void threeReplicasRacingOnOneMemberConflictAndLoseNoPurchase() throws Exception {
    String card = newCard();
    LocalDate day = DAY.plusDays(100);
    int checkouts = 0;
    // Racing is not a schedule: rounds go on until the replicas' compare-and-set has failed once.
    for (int round = 0; round < 10 && (round == 0 || conflicts() == 0); round++) {
      List<Callable<JsonPath>> race = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        ServiceProcess replica = replicas.get(i % 3);
        race.add(
            () ->
                post(replica, "/v1/checkouts", body(Checkouts.newTransaction(), card, day, "X-1")));
      }
      Issuing.inParallel(30, race);
      checkouts += race.size();
    }
    for (ServiceProcess replica : replicas) {
      JsonPath history =
          given()
              .port(replica.port)
              .get("/v1/members/" + card + "/history?through=" + day + "&days=1")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(history.getInt("totals.'b:test'.times"))
          .as("purchases counted")
          .isEqualTo(checkouts);
    }
    assertThat(conflicts()).as("commits that found the member changed and ran again").isPositive();
  }

  private static double conflicts() {
    double sum = 0;
    for (ServiceProcess replica : replicas) {
      String text =
          given()
              .port(replica.port)
              .accept("text/plain")
              .get("/q/metrics")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      sum += Scrape.parse(text).value("coupons_store_conflicts_total");
    }
    return sum;
  }

  @Test
  void authoringCommandsRunOnAThrowawayEmbeddedStoreWhateverTheConfiguredKind() throws Exception {
    List<String> redisMode =
        List.of(
            "coupons.store.kind=redis",
            "coupons.store.redis.url=" + redis.url(),
            "coupons.store.redis.prefix=authoring:");
    JarCommand.Result r = JarCommand.run(dir, redisMode, "test", "campaigns");
    assertThat(r.exitCode()).as(r.output()).isZero();
    try (Jedis jedis = new Jedis(redis.url())) {
      assertThat(jedis.keys("authoring:*")).as("the scenario checkouts wrote to Redis").isEmpty();
    }
  }

  private static boolean capped(ServiceProcess replica, String card, LocalDate day) {
    JsonPath r = post(replica, "/v1/checkouts", body(Checkouts.newTransaction(), card, day, "C-2"));
    return !campaigns(r).contains("capped");
  }

  private static JsonPath buy(ServiceProcess replica, String txn, String card, String sku) {
    return post(replica, "/v1/checkouts", body(txn, card, DAY, sku));
  }

  private static Map<String, Object> body(String txn, String card, LocalDate day, String sku) {
    return Checkouts.body(txn, card, "S0001", Checkouts.noon(day), List.of(Issuing.item(sku)));
  }

  private static JsonPath redeem(ServiceProcess replica, String code) {
    Map<String, Object> body =
        Map.of(
            "code", code,
            "storeId", "S0002",
            "transactionId", Checkouts.newTransaction(),
            "occurredAt", Checkouts.noon(DAY.plusDays(3)),
            "items", List.of(Issuing.item("R-2")));
    return post(replica, "/v1/redemptions", body);
  }

  private static JsonPath post(ServiceProcess replica, String path, Object body) {
    JsonPath r =
        given()
            .port(replica.port)
            .contentType(ContentType.JSON)
            .body(body)
            .post(path)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat((Object) r.get("degraded")).as("degraded answer from " + path).isNotEqualTo(true);
    return r;
  }

  private static JsonPath stats(ServiceProcess replica, String campaign) {
    return given()
        .port(replica.port)
        .get("/v1/campaigns/" + campaign + "/stats")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> campaigns(JsonPath checkout) {
    return checkout.getList("coupons.campaignId", String.class);
  }

  private static String newCard() {
    return Checkouts.newMember();
  }

  private static ServiceProcess replica(String name) throws Exception {
    Path campaigns = Path.of("src/test/resources/issuance-campaigns").toAbsolutePath();
    return ServiceProcess.start(
        dir.resolve(name + "-unused.mv.db"),
        campaigns,
        dir.resolve(name + ".log"),
        List.of(
            "coupons.store.kind=redis",
            "coupons.store.redis.url=" + redis.url(),
            // Three JVMs on a busy test machine connect slower than production's 20 ms.
            "coupons.store.redis.connect-timeout-ms=2000",
            "coupons.store.redis.command-timeout-ms=2000",
            "coupons.store.redis.pool-wait-ms=2000"));
  }

  private static void assertStarted(ServiceProcess p) throws Exception {
    assertThat(p.awaitStarted(Duration.ofSeconds(120))).as(Files.readString(p.log)).isTrue();
    given().port(p.port).get("/q/health/ready").then().statusCode(200);
  }
}
