package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every store keeps, run against the embedded store and a real redis-server. */
class StoreContractTest {

  private static RedisServer server;
  private static Redis redis;
  private static EmbeddedStore embedded;

  @BeforeAll
  static void start() throws Exception {
    server = RedisServer.start();
    redis = TestStores.redis(server.url());
    embedded = TestStores.embedded(Files.createTempDirectory("store-contract").resolve("s.mv.db"));
  }

  @AfterAll
  static void stop() {
    embedded.close();
    redis.close();
    server.close();
  }

  static Stream<Store> stores() {
    return Stream.of(embedded, TestStores.redisStore(redis));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void getPutRemoveAndContainsKeySeeCommittedAndOwnWrites(Store store) {
    String m = map();
    store.inTransaction(
        tx -> {
          tx.map(m).put("a", bytes("1"));
          assertThat(text(tx.map(m).get("a"))).as("own uncommitted write").isEqualTo("1");
          tx.map(m).put("b", bytes(""));
          return null;
        });
    store.inTransaction(
        tx -> {
          StoreMap map = tx.map(m);
          assertThat(text(map.get("a"))).isEqualTo("1");
          assertThat(map.get("b")).as("an empty value is a value").isEmpty();
          assertThat(map.containsKey("b")).isTrue();
          assertThat(map.get("c")).isNull();
          assertThat(text(map.remove("a"))).isEqualTo("1");
          assertThat(map.containsKey("a")).isFalse();
          assertThat(map.remove("c")).isNull();
          return null;
        });
    store.inTransaction(
        tx -> {
          assertThat(tx.map(m).get("a")).isNull();
          assertThat(tx.map(m).containsKey("b")).isTrue();
          return null;
        });
  }

  @ParameterizedTest
  @MethodSource("stores")
  void rangesAreInclusiveOrderedAndOverlayOwnWrites(Store store) {
    String m = map();
    store.inTransaction(tx -> putAll(tx.map(m), "k1", "k3", "k5", "k7", "m1"));
    store.inTransaction(
        tx -> {
          StoreMap map = tx.map(m);
          map.put("k4", bytes("k4"));
          map.remove("k5");
          map.put("k3", bytes("new"));
          assertThat(keys(map.keyIterator("k3", "k7"))).containsExactly("k3", "k4", "k7");
          assertThat(entries(map.entryIterator("k", "k~")))
              .containsExactly("k1=k1", "k3=new", "k4=k4", "k7=k7");
          assertThat(keys(map.keyIterator("k2", null))).containsExactly("k3", "k4", "k7", "m1");
          assertThat(keys(map.keyIterator("k5", "k6"))).isEmpty();
          assertThat(map.lastKey()).isEqualTo("m1");
          map.remove("m1");
          assertThat(map.lastKey()).as("own removal of the last key").isEqualTo("k7");
          map.put("z", bytes("z"));
          assertThat(map.lastKey()).as("own write past the last key").isEqualTo("z");
          return null;
        });
    store.inTransaction(
        tx -> {
          assertThat(keys(tx.map(m).keyIterator(null, null)))
              .containsExactly("k1", "k3", "k4", "k7", "z");
          assertThat(tx.map(map()).lastKey()).as("empty map").isNull();
          return null;
        });
  }

  @ParameterizedTest
  @MethodSource("stores")
  void longRangesAreReadInFullInKeyOrder(Store store) {
    String m = map();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 1_234; i++) {
      all.add(String.format("%016x", i));
    }
    store.inTransaction(tx -> putAll(tx.map(m), all.toArray(String[]::new)));
    List<String> read =
        store.inTransaction(tx -> entries(tx.map(m).entryIterator(all.get(100), null)));
    assertThat(read).hasSize(1_134);
    assertThat(read.get(0)).isEqualTo(all.get(100) + "=" + all.get(100));
    assertThat(read.get(1_133)).isEqualTo(all.get(1_233) + "=" + all.get(1_233));
    String last = store.inTransaction(tx -> tx.map(m).lastKey());
    assertThat(last).isEqualTo(all.get(1_233));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void aFailedTransactionWritesNothingAndRunsItsRollbackActions(Store store) {
    String m = map();
    String other = map();
    AtomicInteger rolledBack = new AtomicInteger();
    AtomicInteger committed = new AtomicInteger();
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.map(m).put("a", bytes("1"));
                      tx.map(other).put("b", bytes("2"));
                      tx.onRollback(rolledBack::incrementAndGet);
                      tx.onCommit(committed::incrementAndGet);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(rolledBack).hasValue(1);
    assertThat(committed).hasValue(0);
    store.inTransaction(
        tx -> {
          assertThat(tx.map(m).get("a")).isNull();
          assertThat(tx.map(other).get("b")).isNull();
          assertThat(tx.map(m).lastKey()).isNull();
          return null;
        });
    store.inTransaction(tx -> putAll(tx.map(m), "c"));
    store.inTransaction(
        tx -> {
          tx.onCommit(committed::incrementAndGet);
          tx.onRollback(rolledBack::incrementAndGet);
          return null;
        });
    assertThat(committed).hasValue(1);
    assertThat(rolledBack).hasValue(1);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void uncommittedWritesAreInvisibleToOthersUntilCommit(Store store) throws Exception {
    String m = map();
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch looked = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> writer =
          pool.submit(
              () ->
                  store.inTransaction(
                      tx -> {
                        tx.map(m).put("a", bytes("1"));
                        written.countDown();
                        await(looked);
                        return null;
                      }));
      await(written);
      store.inTransaction(
          tx -> {
            assertThat(tx.map(m).get("a")).isNull();
            assertThat(keys(tx.map(m).keyIterator(null, null))).isEmpty();
            return null;
          });
      looked.countDown();
      writer.get(10, TimeUnit.SECONDS);
      assertThat(text(store.inTransaction(tx -> tx.map(m).get("a")))).isEqualTo("1");
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void sequencesContinueFromTheLastValueAndStayUniqueUnderConcurrency(Store store)
      throws Exception {
    String seq = "seq-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> draw(store, seq, 250)));
      }
      Set<Long> seen = new HashSet<>();
      for (Future<List<Long>> f : futures) {
        seen.addAll(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(seen).hasSize(2_000);
      assertThat(seen.stream().mapToLong(Long::longValue).min().orElseThrow()).isEqualTo(42);
      assertThat(seen.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(2_041);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void blocksOfASequenceAreConsecutiveAndNeverOverlapUnderConcurrency(Store store)
      throws Exception {
    String seq = "block-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int size = 1 + t;
        futures.add(pool.submit(() -> blocks(store, seq, size, 50)));
      }
      Set<Long> seen = new HashSet<>();
      for (Future<List<Long>> f : futures) {
        seen.addAll(f.get(60, TimeUnit.SECONDS));
      }
      // 50 blocks of each size 1..8: 1,800 numbers, all distinct, exactly 1..1,800.
      assertThat(seen).hasSize(1_800);
      assertThat(seen.stream().mapToLong(Long::longValue).min().orElseThrow()).isEqualTo(1);
      assertThat(seen.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(1_800);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Long> blocks(Store store, String seq, int size, int n) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long first = store.nextBlock(seq, size, () -> 0);
      for (int k = 0; k < size; k++) {
        out.add(first + k);
      }
    }
    return out;
  }

  private static List<Long> draw(Store store, String seq, int n) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(store.nextBlock(seq, 1, () -> 41));
    }
    return out;
  }

  private static Object putAll(StoreMap map, String... keys) {
    for (String k : keys) {
      map.put(k, bytes(k));
    }
    return null;
  }

  private static List<String> keys(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static List<String> entries(Iterator<Map.Entry<String, byte[]>> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(e -> out.add(e.getKey() + "=" + text(e.getValue())));
    return out;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
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
