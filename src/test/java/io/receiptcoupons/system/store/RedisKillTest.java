package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis killed with SIGKILL under load (append-only file on), then restarted: every commit that was
 * acknowledged is still there, and the same clients carry on by themselves.
 */
class RedisKillTest {

  private static RedisServer server;
  private static Redis redis;
  private static RedisStore store;

  @BeforeAll
  static void start() {
    server = RedisServer.startDurable();
    redis = TestStores.redis(server.url());
    store = TestStores.redisStore(redis);
  }

  @AfterAll
  static void stop() {
    redis.close();
    server.close();
  }

  @Test
  void noAcknowledgedCommitIsLostAndTheStoreRecoversByItself() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      String writer = "w" + w;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; running.get(); i++) {
                  try {
                    put(writer + "-" + i);
                    acknowledged.incrementAndGet();
                  } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    pause(5);
                  }
                }
              }));
    }
    awaitAtLeast(acknowledged, 200);
    server.kill();
    awaitAtLeast(failed, 4);
    int ackedBeforeRestart = acknowledged.get();
    server.restart();
    awaitAtLeast(acknowledged, ackedBeforeRestart + 200);
    running.set(false);
    for (Future<?> f : writers) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    long stored = redis.call(j -> j.hlen("{test}:map:kill"));
    assertThat(stored)
        .as("every acknowledged commit survived")
        .isGreaterThanOrEqualTo(acknowledged.get());
    assertThat(failed).as("commits failed while Redis was dead").hasPositiveValue();
    assertThat(store.isHealthy()).isTrue();
  }

  private static void put(String key) {
    store.inTransaction(
        tx -> {
          tx.map("kill").put(key, key.getBytes(StandardCharsets.UTF_8));
          return null;
        });
  }

  private static void awaitAtLeast(AtomicInteger count, int n) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (count.get() < n && System.nanoTime() < deadline) {
      pause(10);
    }
    assertThat(count.get()).isGreaterThanOrEqualTo(n);
  }

  private static void pause(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
