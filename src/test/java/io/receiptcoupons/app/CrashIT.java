package io.receiptcoupons.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.checkout.Checkouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 under four clients of coupon-issuing checkouts, at a random moment: after a restart every
 * checkout that was answered 200 replays the same coupons, is in history and the ledger once, each
 * printed code redeems once, and the budget (small enough to run out) is not overrun.
 */
class CrashIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int CLIENTS = 4;
  static final int BUDGET = 300;
  @TempDir Path dir;

  /** One checkout answered 200 before the crash. */
  record Answer(String transactionId, String body) {}

  @Test
  void everyAnsweredCheckoutSurvivesKillNine() throws Exception {
    Path store = dir.resolve("store/coupons.mv.db");
    Path campaigns = campaigns();
    Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try (ServiceProcess service = ServiceProcess.start(store, campaigns, dir.resolve("1.log"))) {
      assertThat(service.awaitStarted(Duration.ofSeconds(60))).isTrue();
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        running.add(clients.submit(() -> checkoutUntilRefused(service.port, answers)));
      }
      // A cold JVM on a busy machine answers its first checkouts slowly: kill once traffic flows,
      // at a different moment each run (before, while and after the budget runs out).
      awaitAnswers(answers, 50);
      long killAfterMs = ThreadLocalRandom.current().nextLong(200, 4000);
      Thread.sleep(killAfterMs);
      service.kill();
      System.out.printf("CrashIT: kill -9 after %d ms, %d answered%n", killAfterMs, answers.size());
      for (Future<?> client : running) {
        client.get(60, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
    List<Answer> answered = List.copyOf(answers);
    assertThat(answered).isNotEmpty();
    try (ServiceProcess again = ServiceProcess.start(store, campaigns, dir.resolve("2.log"))) {
      assertThat(again.awaitStarted(Duration.ofSeconds(60))).isTrue();
      Map<String, List<String>> ledger = issuedCodes(again.port);
      List<String> printed = new ArrayList<>();
      for (Answer a : answered) {
        JsonNode before = JSON.readTree(a.body());
        assertThat(history(again.port, a.transactionId())).as("history of " + a).isEqualTo(1);
        List<String> codes = before.path("coupons").findValuesAsText("code");
        assertThat(ledger.getOrDefault(a.transactionId(), List.of()))
            .as("ledger of " + a)
            .containsExactlyElementsOf(codes);
        RawHttp.Reply replay =
            RawHttp.send(again.port, "POST", "/v1/checkouts", Checkouts.teaBody(a.transactionId()));
        assertThat(JSON.readTree(replay.body())).as("replay of " + a).isEqualTo(before);
        printed.addAll(codes);
      }
      for (String code : printed) {
        assertThat(redeem(again.port, code).path("accepted").asBoolean()).as(code).isTrue();
        assertThat(redeem(again.port, code).path("reason").asText()).isEqualTo("already-redeemed");
      }
      JsonNode budget = stats(again.port).path("budget");
      System.out.printf(
          "CrashIT: %d codes redeemed once, budget used %d of %d%n",
          printed.size(), budget.path("used").asLong(), BUDGET);
      assertThat(budget.path("used").asLong()).isBetween((long) printed.size(), (long) BUDGET);
    }
  }

  private static void awaitAnswers(Queue<Answer> answers, int count) throws Exception {
    for (int wait = 0; wait < 600 && answers.size() < count; wait++) {
      Thread.sleep(100);
    }
    assertThat(answers).as("answered before the kill").hasSizeGreaterThanOrEqualTo(count);
  }

  private static void checkoutUntilRefused(int port, Queue<Answer> answers) {
    while (true) {
      String txn = Checkouts.newTransaction();
      try {
        RawHttp.Reply reply = RawHttp.send(port, "POST", "/v1/checkouts", Checkouts.teaBody(txn));
        if (reply.status() != 200) {
          return;
        }
        assertThat(JSON.readTree(reply.body()).path("degraded").asBoolean()).isFalse();
        answers.add(new Answer(txn, reply.body()));
      } catch (Exception e) {
        return;
      }
    }
  }

  private Path campaigns() throws Exception {
    Path campaigns = Files.createDirectories(dir.resolve("campaigns"));
    Files.writeString(
        campaigns.resolve("crash-tea.yaml"),
        String.join(
            "\n",
            "id: crash-tea",
            "name: Tea on every receipt",
            "sponsor: Test",
            "priority: 10",
            "schedule:",
            "  from: 2026-01-01T00:00:00+09:00",
            "  until: 2028-01-01T00:00:00+09:00",
            "conditions:",
            "  basket: { products: { categories: [beverages/tea] }, metric: quantity, atLeast: 1 }",
            "issuance:",
            "  budget: { total: " + BUDGET + " }",
            "coupon:",
            "  title: Tea",
            "  lines: [\"Tea\"]",
            "  offer: { type: amount-off, value: 50 }",
            "  appliesTo: { categories: [beverages/tea] }",
            "  validity: { days: 7, startsAfterDays: 1 }",
            ""));
    return campaigns;
  }

  private static Map<String, List<String>> issuedCodes(int port) throws Exception {
    RawHttp.Reply r = RawHttp.send(port, "GET", "/v1/ledger?format=jsonl&after=0", null);
    assertThat(r.status()).isEqualTo(200);
    Map<String, List<String>> codes = new HashMap<>();
    for (String line : r.body().split("\n")) {
      JsonNode event = line.isBlank() ? null : JSON.readTree(line);
      if (event != null && "issued".equals(event.path("kind").asText())) {
        codes
            .computeIfAbsent(event.path("transactionId").asText(), t -> new ArrayList<>())
            .add(event.path("code").asText());
      }
    }
    return codes;
  }

  private static int history(int port, String txn) throws Exception {
    String path = "/v1/members/" + Checkouts.memberOf(txn) + "/history?through=2026-11-20&days=1";
    RawHttp.Reply r = RawHttp.send(port, "GET", path, null);
    assertThat(r.status()).isEqualTo(200);
    return JSON.readTree(r.body()).path("totals").path("c:beverages/tea").path("times").asInt();
  }

  private static JsonNode redeem(int port, String code) throws Exception {
    Map<String, Object> redemption =
        Map.of(
            "code", code,
            "storeId", "S0001",
            "transactionId", Checkouts.newTransaction(),
            "occurredAt", Checkouts.noon(LocalDate.of(2026, 11, 22)),
            "items", List.of(Checkouts.tea()));
    RawHttp.Reply r =
        RawHttp.send(port, "POST", "/v1/redemptions", JSON.writeValueAsString(redemption));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode stats(int port) throws Exception {
    return JSON.readTree(RawHttp.send(port, "GET", "/v1/campaigns/crash-tea/stats", null).body());
  }
}
