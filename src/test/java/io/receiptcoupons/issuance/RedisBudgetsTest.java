package io.receiptcoupons.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.receiptcoupons.campaign.model.Issuance.Budget;
import io.receiptcoupons.system.store.Redis;
import io.receiptcoupons.system.store.RedisCounters;
import io.receiptcoupons.system.store.RedisServer;
import io.receiptcoupons.system.store.RedisStore;
import io.receiptcoupons.system.store.TestStores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Budgets shared in a real redis-server by two "replicas" (two clients, two Budgets). */
class RedisBudgetsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static RedisServer server;
  private static Redis redisA;
  private static Redis redisB;

  @BeforeAll
  static void start() {
    server = RedisServer.start();
    redisA = TestStores.redis(server.url());
    redisB = TestStores.redis(server.url());
  }

  @AfterAll
  static void stop() {
    redisA.close();
    redisB.close();
    server.close();
  }

  @Test
  void twoReplicasTakingConcurrentlyNeverOverrunTheDayOrTheTotal() throws Exception {
    String campaign = "c-" + UUID.randomUUID();
    Budget budget = new Budget(100, 40L);
    List<BudgetSpend> replicas =
        List.of(
            new SharedSpend(new RedisCounters(redisA)), new SharedSpend(new RedisCounters(redisB)));
    assertThat(takes(replicas, campaign, budget, DAY, 500)).isEqualTo(40);
    assertThat(takes(replicas, campaign, budget, DAY.plusDays(1), 500)).isEqualTo(40);
    assertThat(takes(replicas, campaign, budget, DAY.plusDays(2), 500)).as("total").isEqualTo(20);
    assertThat(replicas.get(1).total(campaign)).isEqualTo(100);
    assertThat(replicas.get(0).on(campaign, DAY.plusDays(2))).isEqualTo(20);
  }

  @Test
  void aRolledBackReservationIsHandedBackAndAVoidGivesBackAfterCommit() {
    String campaign = "c-" + UUID.randomUUID();
    Budget one = new Budget(1, null);
    Budgets budgets = new Budgets(new SharedSpend(new RedisCounters(redisA)));
    RedisStore store = TestStores.redisStore(redisA);
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      assertThat(budgets.tryReserve(tx, campaign, one, DAY)).isTrue();
                      throw new IllegalStateException("checkout failed");
                    }))
        .hasMessage("checkout failed");
    assertThat(budgets.used(campaign)).isZero();

    boolean first = store.inTransaction(tx -> budgets.tryReserve(tx, campaign, one, DAY));
    assertThat(first).isTrue();
    Budgets other = new Budgets(new SharedSpend(new RedisCounters(redisB)));
    boolean second = store.inTransaction(tx -> other.tryReserve(tx, campaign, one, DAY));
    assertThat(second).as("the other replica sees the budget spent").isFalse();
    store.inTransaction(
        tx -> {
          other.giveBack(tx, campaign, DAY);
          return null;
        });
    assertThat(budgets.used(campaign)).isZero();
    assertThat(budgets.usedOn(campaign, DAY)).isZero();
  }

  private static long takes(
      List<BudgetSpend> replicas, String campaign, Budget budget, LocalDate day, int n)
      throws Exception {
    List<Callable<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BudgetSpend spend = replicas.get(i % 2);
      tries.add(() -> spend.tryTake(campaign, budget, day));
    }
    return Issuing.inParallel(16, tries).stream().filter(Boolean::booleanValue).count();
  }
}
