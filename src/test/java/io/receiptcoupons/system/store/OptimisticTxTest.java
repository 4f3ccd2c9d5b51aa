package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis transactions are optimistic: one commit script checks every read's version. Three
 * "replicas" (three clients and stores) share one real redis-server.
 */
class OptimisticTxTest {

  private static RedisServer server;
  private static final List<Redis> CLIENTS = new ArrayList<>();
  private static final List<RedisStore> REPLICAS = new ArrayList<>();
  private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

  @BeforeAll
  static void start() {
    server = RedisServer.start();
    for (int i = 0; i < 3; i++) {
      Redis redis = TestStores.redis(server.url(), 300, 5000);
      CLIENTS.add(redis);
      REPLICAS.add(new RedisStore(redis, new RedisLeases(redis), METERS));
    }
  }

  @AfterAll
  static void stop() {
    CLIENTS.forEach(Redis::close);
    server.close();
  }

  @Test
  void aReadChangedBeforeTheCommitRunsTheWorkAgainFromFreshReads() {
    String map = map();
    RedisStore one = REPLICAS.get(0);
    put(REPLICAS.get(1), map, "n", "1");
    AtomicInteger runs = new AtomicInteger();

    String seen =
        one.inTransaction(
            tx -> {
              String n = text(tx.map(map).get("n"));
              if (runs.incrementAndGet() == 1) {
                put(REPLICAS.get(1), map, "n", "5");
              }
              tx.map(map).put("n", bytes(Integer.toString(Integer.parseInt(n) + 1)));
              return n;
            });

    assertThat(runs).as("the first commit found n changed").hasValue(2);
    assertThat(seen).isEqualTo("5");
    assertThat(get(one, map, "n")).isEqualTo("6");
  }

  @Test
  void threeReplicasIncrementingOneKeyWithoutLocksLoseNoCount() throws Exception {
    String map = map();
    double before = METERS.counter("coupons.store.conflicts").count();
    List<Callable<Void>> work = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      RedisStore replica = REPLICAS.get(i % 3);
      work.add(() -> increment(replica, map));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (Future<Void> f : pool.invokeAll(work)) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(get(REPLICAS.get(0), map, "n")).isEqualTo("300");
    assertThat(METERS.counter("coupons.store.conflicts").count())
        .as("racing replicas conflicted, and their retries counted")
        .isGreaterThan(before);
  }

  @Test
  void aKeyAssumedAbsentButTakenMeanwhileIsReadOnTheNextRun() {
    String map = map();
    AtomicInteger runs = new AtomicInteger();
    boolean absent =
        REPLICAS
            .get(0)
            .inTransaction(
                tx -> {
                  boolean free = tx.map(map).absent("code");
                  if (runs.incrementAndGet() == 1) {
                    put(REPLICAS.get(2), map, "code", "theirs");
                  }
                  if (free) {
                    tx.map(map).put("code", bytes("mine"));
                  }
                  return free;
                });
    assertThat(runs).hasValue(2);
    assertThat(absent).isFalse();
    assertThat(get(REPLICAS.get(0), map, "code")).isEqualTo("theirs");
  }

  @Test
  void aConditionalIncrementThatNoLongerFitsAtCommitAnswersFalseOnTheRerun() {
    String group = "budget:" + UUID.randomUUID();
    Map<String, Long> limits = new LinkedHashMap<>(Map.of("total", 1L));
    AtomicInteger runs = new AtomicInteger();
    boolean taken =
        REPLICAS
            .get(0)
            .inTransaction(
                tx -> {
                  boolean fits = tx.incrementIfBelow(group, limits);
                  if (runs.incrementAndGet() == 1) {
                    REPLICAS.get(1).inTransaction(other -> other.incrementIfBelow(group, limits));
                  }
                  return fits;
                });
    assertThat(runs).hasValue(2);
    assertThat(taken).isFalse();
    assertThat(new RedisCounters(CLIENTS.get(0)).get(group, "total")).isEqualTo(1);
  }

  @Test
  void aReplicaPausedPastItsLeaseWritesNothingAndTheOtherHoldersCountStands() throws Exception {
    String map = map();
    put(REPLICAS.get(0), map, "n", "0");
    RedisLeases slowLeases = new RedisLeases(CLIENTS.get(0));
    RedisLeases fastLeases = new RedisLeases(CLIENTS.get(1));
    RedisStore slow = new RedisStore(CLIENTS.get(0), slowLeases, METERS);
    RedisStore fast = new RedisStore(CLIENTS.get(1), fastLeases, METERS);
    assertThatThrownBy(
            () ->
                slowLeases.holding(
                    "member",
                    List.of("m1"),
                    () ->
                        slow.inTransaction(
                            tx -> {
                              tx.map(map).put("n", bytes("from-the-paused-one"));
                              pausePastTheLease();
                              fastLeases.holding(
                                  "member", List.of("m1"), () -> increment(fast, map));
                              return null;
                            })))
        .isInstanceOf(RedisStore.LeaseLostException.class);
    assertThat(get(REPLICAS.get(0), map, "n")).isEqualTo("1");
  }

  @Test
  void aHintedTransactionReadsInOneRoundTripAndCommitsInOneAsRedisCounts() {
    String map = map();
    put(REPLICAS.get(0), map, "a", "1");
    Map<String, Long> before = commandStats();
    StoreUse start = Redis.used();
    REPLICAS
        .get(0)
        .inTransaction(
            tx -> {
              tx.prefetch(map, List.of("a", "b", "c"));
              tx.prefetch(map + "-other", List.of("x"));
              tx.map(map).put("b", tx.map(map).get("a"));
              tx.map(map + "-other").get("x");
              tx.map(map).get("c");
              tx.add("stats:" + map, Map.of("issued", 1L));
              tx.putNumbered(map, map, 2, new byte[] {1}, new byte[] {2}, () -> 0L);
              return null;
            });
    StoreUse used = Redis.used().since(start);
    Map<String, Long> after = commandStats();

    // The first run meets an unknown sequence and starts it: one more round trip, once ever.
    assertThat(used.roundTrips()).isEqualTo(4);
    long sent =
        delta(before, after, "hmget")
            + delta(before, after, "evalsha")
            + delta(before, after, "eval");
    assertThat(sent).as("commands Redis counted from the client").isEqualTo(used.commands());
    assertThat(delta(before, after, "hmget")).as("two maps, one pipeline").isEqualTo(2);

    StoreUse again = Redis.used();
    REPLICAS
        .get(0)
        .inTransaction(
            tx -> {
              tx.prefetch(map, List.of("a"));
              tx.map(map).put("z", tx.map(map).get("a"));
              tx.putNumbered(map, map, 2, new byte[] {1}, new byte[] {2}, () -> 0L);
              return null;
            });
    assertThat(Redis.used().since(again).roundTrips()).isEqualTo(2);
    java.util.Set<String> keys = CLIENTS.get(0).call(j -> j.hkeys("{test}:map:" + map));
    assertThat(keys).contains("0000000000000002", "0000000000000004");
  }

  private static void pausePastTheLease() {
    try {
      Thread.sleep(600);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Void increment(RedisStore store, String map) {
    store.inTransaction(
        tx -> {
          byte[] n = tx.map(map).get("n");
          int next = n == null ? 1 : Integer.parseInt(text(n)) + 1;
          tx.map(map).put("n", bytes(Integer.toString(next)));
          return null;
        });
    return null;
  }

  private static Map<String, Long> commandStats() {
    String info = CLIENTS.get(2).call(j -> j.info("commandstats"));
    Map<String, Long> calls = new HashMap<>();
    for (String line : info.split("\r\n")) {
      if (line.startsWith("cmdstat_")) {
        String name = line.substring(8, line.indexOf(':'));
        String count = line.substring(line.indexOf("calls=") + 6, line.indexOf(','));
        calls.put(name, Long.parseLong(count));
      }
    }
    return calls;
  }

  private static long delta(Map<String, Long> before, Map<String, Long> after, String command) {
    return after.getOrDefault(command, 0L) - before.getOrDefault(command, 0L);
  }

  private static void put(Store store, String map, String key, String value) {
    store.inTransaction(
        tx -> {
          tx.map(map).put(key, bytes(value));
          return null;
        });
  }

  private static String get(Store store, String map, String key) {
    return store.inTransaction(tx -> text(tx.map(map).get(key)));
  }

  private static String map() {
    return "m-" + UUID.randomUUID();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }
}
