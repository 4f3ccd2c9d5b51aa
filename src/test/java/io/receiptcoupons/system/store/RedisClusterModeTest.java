package io.receiptcoupons.system.store;

import static io.receiptcoupons.system.store.RedisModeTest.awaitEmptySpool;
import static io.receiptcoupons.system.store.RedisModeTest.metric;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.issuance.Issuing;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The whole service on a real three-primary Redis Cluster, given only seeds: it finds the primary
 * that owns the deployment's slot, and follows the slot when it migrates to another primary.
 */
@QuarkusTest
@TestProfile(RedisClusterProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisClusterModeTest {

  private static final int SLOT = 7340;
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final String AT = Checkouts.noon(DAY);
  private static final String REDIRECTS = "coupons_redis_cluster_redirects_total";

  @Test
  @Order(1)
  void checkoutsFollowTheSlotToItsNewPrimaryAndNothingIsLost() {
    RedisClusterNodes cluster = RedisClusterTestResource.cluster();
    assertThat(JedisClusterCRC16.getSlot("{coupons}:map:coupons")).isEqualTo(SLOT);
    String card = Checkouts.newMember();
    String txn = Checkouts.newTransaction();
    String code = couponOf(Issuing.buy(txn, card, "S0001", AT, "R-1"));
    assertThat(couponOf(Issuing.buy(txn, card, "S0001", AT, "R-1"))).isEqualTo(code);
    assertThat(budgeted()).as("the first of the day's two").isTrue();
    assertThat(times(card)).isEqualTo(1);
    int before = cluster.ownerOf(SLOT);
    assertThat(cluster.keysInSlot(before, SLOT)).isPositive();
    double redirects = metric(REDIRECTS);

    int after = (before + 1) % 3;
    cluster.moveSlot(SLOT, after);

    assertThat(cluster.keysInSlot(before, SLOT)).isZero();
    assertThat(cluster.keysInSlot(after, SLOT)).isPositive();
    assertThat(couponOf(Issuing.buy(txn, card, "S0001", AT, "R-1")))
        .as("the replay answers the same coupon through the new owner")
        .isEqualTo(code);
    assertThat(couponOf(Issuing.buy(Checkouts.newTransaction(), card, "S0001", AT, "R-1")))
        .isNotEqualTo(code);
    assertThat(times(card)).as("the history kept its first purchase").isEqualTo(2);
    assertThat(budgeted()).as("the second of the day's two").isTrue();
    assertThat(budgeted()).as("the day's budget was taken before the move").isFalse();
    assertThat(Issuing.stats("small-budget").getLong("counts.issued")).isEqualTo(2);
    assertThat(metric(REDIRECTS)).isGreaterThan(redirects);
    given().get("/q/health/ready").then().statusCode(200);
  }

  @Test
  @Order(2)
  void whenThePrimaryDiesAndItsReplicaTakesOverCheckoutsGoOnThroughTheReplica() {
    RedisClusterNodes cluster = RedisClusterTestResource.cluster();
    int primary = cluster.ownerOf(SLOT);
    int replica = cluster.addReplica(primary);
    String card = Checkouts.newMember();
    String txn = Checkouts.newTransaction();
    String code = couponOf(Issuing.buy(txn, card, "S0001", AT, "R-1"));
    cluster.awaitReplicated(primary, replica);
    double redirects = metric(REDIRECTS);

    cluster.kill(primary);
    cluster.takeOver(replica, SLOT);

    // The first call on a pooled connection to the dead primary fails after it was sent, so that
    // checkout may answer degraded (its purchase spooled); the next ones reach the replica.
    List<Boolean> degraded = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      degraded.add(
          Issuing.buy(Checkouts.newTransaction(), card, "S0001", AT, "R-1").getBoolean("degraded"));
    }
    assertThat(degraded.subList(1, 3)).containsOnly(false);
    assertThat(couponOf(Issuing.buy(txn, card, "S0001", AT, "R-1"))).isEqualTo(code);
    awaitEmptySpool();
    assertThat(times(card)).as("every purchase in the history, a spooled one too").isEqualTo(4);
    assertThat(metric(REDIRECTS)).isGreaterThan(redirects);
    given().get("/q/health/ready").then().statusCode(200);
  }

  private static String couponOf(JsonPath checkout) {
    assertThat(checkout.getBoolean("degraded")).as("answered from Redis").isFalse();
    return checkout.getString("coupons[0].code");
  }

  private static boolean budgeted() {
    JsonPath checkout =
        Issuing.buy(Checkouts.newTransaction(), Checkouts.newMember(), "S0001", AT, "B-2");
    assertThat(checkout.getBoolean("degraded")).isFalse();
    return Issuing.campaigns(checkout).contains("small-budget");
  }

  private static int times(String card) {
    Integer times =
        given()
            .get("/v1/members/" + card + "/history?through=" + DAY + "&days=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getObject("totals.'c:test/items'.times", Integer.class);
    return times == null ? 0 : times;
  }
}
