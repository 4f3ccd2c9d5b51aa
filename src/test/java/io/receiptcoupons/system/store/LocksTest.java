package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.SetParams;

/** Locks held across "replicas": separate Locks and clients sharing one real redis-server. */
class LocksTest {

  private static RedisServer server;
  private static Redis one;
  private static Redis two;

  @BeforeAll
  static void start() {
    server = RedisServer.start();
    one = TestStores.redis(server.url(), 5000, 10_000);
    two = TestStores.redis(server.url(), 5000, 10_000);
  }

  @AfterAll
  static void stop() {
    one.close();
    two.close();
    server.close();
  }

  @Test
  void twoReplicasIncrementingUnderOneKeysLockLoseNoUpdate() throws Exception {
    String counter = "counter-" + UUID.randomUUID();
    List<Locks> replicas = List.of(replica(one), replica(two));
    List<Callable<Void>> work = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Locks locks = replicas.get(i % 2);
      work.add(() -> locks.withLock("member", "m1", () -> readThenWrite(counter)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (Future<Void> f : pool.invokeAll(work)) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    String total = one.call(j -> j.get(counter));
    assertThat(total).isEqualTo("400");
    java.util.Set<String> leases = one.call(j -> j.keys("{test}:lock:member:*"));
    assertThat(leases).as("every lease freed").isEmpty();
  }

  @Test
  void aLockHeldByADeadReplicaIsFreedWhenItsLeaseEnds() {
    Redis shortLease = TestStores.redis(server.url(), 300, 10_000);
    try (Jedis dead = new Jedis(server.url())) {
      dead.set("{test}:lock:code:C1", "dead-replica", SetParams.setParams().px(300));
      String ran = new Locks(new RedisLeases(shortLease)).withLock("code", "C1", () -> "ran");
      assertThat(ran).isEqualTo("ran");
      assertThat(dead.exists("{test}:lock:code:C1")).isFalse();
    } finally {
      shortLease.close();
    }
  }

  @Test
  void aRequestGivesUpOnALockAnotherReplicaKeepsAndNeverFreesItsHolders() {
    Redis impatient = TestStores.redis(server.url(), 5000, 200);
    try (Jedis other = new Jedis(server.url())) {
      other.set("{test}:lock:tx:T1", "other-replica", SetParams.setParams().px(60_000));
      Locks locks = new Locks(new RedisLeases(impatient));
      assertThatThrownBy(() -> locks.withLocks("tx", List.of("T0", "T1"), () -> "never"))
          .isInstanceOf(RedisLeases.LockTimeoutException.class);
      assertThat(other.get("{test}:lock:tx:T1")).isEqualTo("other-replica");
      assertThat(other.exists("{test}:lock:tx:T0")).as("the lock taken first is freed").isFalse();
    } finally {
      impatient.close();
    }
  }

  @Test
  void nestedLocksOnOneKeyInOneThreadDoNotWaitOnThemselves() {
    Locks locks = replica(one);
    String out =
        locks.withLock(
            "code", "C2", () -> locks.withLocks("code", List.of("C2", "C3"), () -> "ok"));
    assertThat(out).isEqualTo("ok");
  }

  private static Locks replica(Redis redis) {
    return new Locks(new RedisLeases(redis));
  }

  // A read and a separate write: without mutual exclusion, concurrent increments would be lost.
  private static Void readThenWrite(String counter) {
    String value = one.call(j -> j.get(counter));
    long next = value == null ? 1 : Long.parseLong(value) + 1;
    one.call(j -> j.set(counter, Long.toString(next)));
    return null;
  }
}
