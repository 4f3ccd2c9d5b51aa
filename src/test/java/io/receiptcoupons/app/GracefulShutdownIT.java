package io.receiptcoupons.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.checkout.Checkouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM under checkout traffic: readiness goes down while checkouts are still served, then new
 * ones are refused; no answer is cut off, every answered checkout was committed, and a request the
 * closing server dropped unanswered changed nothing (so the till may safely retry it elsewhere).
 */
class GracefulShutdownIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int CLIENTS = 4;
  @TempDir Path dir;

  /** One answered request: when it was answered, its transaction, status and body. */
  record Answer(Instant at, String transactionId, int status, String body) {}

  @Test
  void inFlightCheckoutsCompleteAndNewOnesAreRefused() throws Exception {
    Path store = dir.resolve("store/coupons.mv.db");
    Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    Queue<Throwable> broken = new ConcurrentLinkedQueue<>();
    Instant readinessDown;
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try (ServiceProcess service = start(store, "first.log")) {
      List<Future<?>> running =
          java.util.stream.IntStream.range(0, CLIENTS)
              .mapToObj(
                  i -> clients.submit(() -> checkoutUntilRefused(service.port, answers, broken)))
              .collect(java.util.stream.Collectors.toList());
      Thread.sleep(1500);
      service.terminate();
      readinessDown = awaitReadinessDown(service);
      for (Future<?> f : running) {
        f.get(90, TimeUnit.SECONDS);
      }
      assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotNegative();
    } finally {
      clients.shutdownNow();
    }

    assertThat(broken).as("answers cut off mid-flight").isEmpty();
    assertThat(answers).extracting(Answer::status).isSubsetOf(200, 503, 0, -1);
    assertThat(answers)
        .filteredOn(a -> a.status() != 200)
        .as("each client ends refused: 503, no listener, or dropped unanswered")
        .hasSize(CLIENTS);
    assertThat(readinessDown).as("readiness went down before the process ended").isNotNull();
    assertThat(answers)
        .filteredOn(a -> a.status() == 200 && a.at().isAfter(readinessDown))
        .as("checkouts still served while readiness was down")
        .isNotEmpty();
    assertEveryAnsweredCheckoutWasCommitted(store, answers);
  }

  private static void checkoutUntilRefused(
      int port, Queue<Answer> answers, Queue<Throwable> broken) {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      String txn = Checkouts.newTransaction();
      try {
        RawHttp.Reply reply = RawHttp.send(port, "POST", "/v1/checkouts", Checkouts.teaBody(txn));
        answers.add(new Answer(Instant.now(), txn, reply.status(), reply.body()));
        if (reply.status() != 200) {
          return;
        }
      } catch (Exception e) {
        broken.add(e);
        return;
      }
    }
  }

  private static Instant awaitReadinessDown(ServiceProcess service) throws Exception {
    while (service.isAlive()) {
      RawHttp.Reply r = RawHttp.send(service.port, "GET", "/q/health/ready", null);
      if (r.status() == 503) {
        return Instant.now();
      }
      Thread.sleep(20);
    }
    return null;
  }

  // After a restart, before anything is retried: every answered checkout is in its member's
  // history, and a dropped one left no trace; then a retry of an answered one replays its answer.
  private void assertEveryAnsweredCheckoutWasCommitted(Path store, Queue<Answer> answers)
      throws Exception {
    List<Answer> ok = answers.stream().filter(a -> a.status() == 200).toList();
    assertThat(ok).isNotEmpty();
    try (ServiceProcess again = start(store, "second.log")) {
      for (Answer a : ok) {
        assertThat(
                history(again.port, a.transactionId())
                    .path("c:beverages/tea")
                    .path("times")
                    .asInt())
            .as("answered " + a)
            .isEqualTo(1);
      }
      for (Answer a : answers.stream().filter(a -> a.status() == -1).toList()) {
        assertThat(history(again.port, a.transactionId())).as("dropped " + a).isEmpty();
      }
      for (Answer a : ok) {
        RawHttp.Reply replay =
            RawHttp.send(again.port, "POST", "/v1/checkouts", Checkouts.teaBody(a.transactionId()));
        assertThat(JSON.readTree(replay.body())).isEqualTo(JSON.readTree(a.body()));
      }
    }
  }

  private static JsonNode history(int port, String txn) throws Exception {
    String path = "/v1/members/" + Checkouts.memberOf(txn) + "/history?through=2026-11-20&days=1";
    RawHttp.Reply r = RawHttp.send(port, "GET", path, null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).as(path).startsWith("{");
    return JSON.readTree(r.body()).path("totals");
  }

  private ServiceProcess start(Path store, String log) throws Exception {
    ServiceProcess p =
        ServiceProcess.start(
            store,
            Path.of("campaigns").toAbsolutePath(),
            dir.resolve(log),
            List.of("quarkus.shutdown.delay=2s", "quarkus.log.console.json.enabled=false"));
    assertThat(p.awaitStarted(Duration.ofSeconds(60))).as(Files.readString(p.log)).isTrue();
    return p;
  }
}
