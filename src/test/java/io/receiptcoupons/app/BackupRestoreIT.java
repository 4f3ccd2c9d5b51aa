package io.receiptcoupons.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.checkout.Checkouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An online backup taken while checkouts go on, restored into a new folder, replays a checkout from
 * before the backup; compact shrinks a stopped store, which then replays it too.
 */
class BackupRestoreIT {

  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void aBackupUnderLoadRestoresAndCompactKeepsTheData() throws Exception {
    Path store = dir.resolve("live/coupons.mv.db");
    String before = Checkouts.newTransaction();
    String answered;
    String backup;
    AtomicInteger duringBackup = new AtomicInteger();
    try (ServiceProcess live = start(store, "live.log")) {
      answered = post(live.port, before).body();
      AtomicBoolean load = new AtomicBoolean(true);
      ExecutorService clients = Executors.newFixedThreadPool(2);
      for (int i = 0; i < 2; i++) {
        clients.submit(() -> keepPosting(live.port, load, duringBackup));
      }
      try {
        Thread.sleep(1000);
        RawHttp.Reply copy = RawHttp.send(live.port, "POST", "/v1/admin/backup", null);
        assertThat(copy.status()).as(copy.body()).isEqualTo(200);
        backup = JSON.readTree(copy.body()).path("file").asText();
        Thread.sleep(500);
      } finally {
        load.set(false);
        clients.shutdown();
      }
    }
    assertThat(duringBackup).as("checkouts ran around the backup").hasValueGreaterThan(0);

    Path restored = Files.createDirectories(dir.resolve("restored")).resolve("coupons.mv.db");
    Files.copy(Path.of(backup), restored);
    try (ServiceProcess again = start(restored, "restored.log")) {
      assertReplays(again.port, before, answered);
    }

    long size = Files.size(store);
    JarCommand.Result compact = JarCommand.run(dir, List.of(), "compact", store.toString());
    assertThat(compact.exitCode()).as(compact.output()).isZero();
    assertThat(compact.output()).contains("compacted");
    assertThat(Files.size(store)).isLessThanOrEqualTo(size);
    try (ServiceProcess compacted = start(store, "compacted.log")) {
      assertReplays(compacted.port, before, answered);
    }
  }

  private static void assertReplays(int port, String transactionId, String answered)
      throws Exception {
    RawHttp.Reply replay = post(port, transactionId);
    JsonNode first = JSON.readTree(answered);
    assertThat(first.path("degraded").asBoolean()).isFalse();
    assertThat(JSON.readTree(replay.body())).isEqualTo(first);
    RawHttp.Reply metrics = RawHttp.send(port, "GET", "/q/metrics", null);
    assertThat(metrics.body()).contains("coupons_checkout_requests_total{outcome=\"replay\"} 1");
  }

  private static void keepPosting(int port, AtomicBoolean load, AtomicInteger count) {
    while (load.get()) {
      try {
        if (post(port, Checkouts.newTransaction()).status() == 200) {
          count.incrementAndGet();
        }
      } catch (Exception e) {
        return;
      }
    }
  }

  private static RawHttp.Reply post(int port, String transactionId) throws Exception {
    Map<String, Object> body =
        Checkouts.body(
            transactionId,
            "98" + (1_000_000_000L + Math.floorMod(transactionId.hashCode(), 1_000_000_000L)),
            "S0001",
            Checkouts.noon(LocalDate.of(2026, 11, 20)),
            List.of(Checkouts.tea()));
    RawHttp.Reply reply =
        RawHttp.send(port, "POST", "/v1/checkouts", JSON.writeValueAsString(body));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply;
  }

  private ServiceProcess start(Path store, String log) throws Exception {
    ServiceProcess p =
        ServiceProcess.start(
            store,
            Path.of("campaigns").toAbsolutePath(),
            dir.resolve(log),
            List.of("coupons.store.backup-dir=" + dir.resolve("backups")));
    assertThat(p.awaitStarted(Duration.ofSeconds(60))).as(Files.readString(p.log)).isTrue();
    return p;
  }
}
