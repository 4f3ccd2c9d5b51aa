package io.receiptcoupons.system.store;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a real three-primary Redis Cluster and points the store at its nodes as seeds. */
public class RedisClusterTestResource implements QuarkusTestResourceLifecycleManager {

  private static volatile RedisClusterNodes cluster;

  /** The running cluster, so a test can move slots. */
  public static RedisClusterNodes cluster() {
    return cluster;
  }

  @Override
  public Map<String, String> start() {
    cluster = RedisClusterNodes.start();
    return Map.of(
        "coupons.store.kind",
        "redis",
        "coupons.store.redis.cluster-nodes",
        String.join(",", cluster.seeds()),
        // The shared test machine stalls for longer than production's waits (see
        // RedisTestResource).
        "coupons.store.redis.connect-timeout-ms",
        "2000",
        "coupons.store.redis.command-timeout-ms",
        "2000",
        "coupons.store.redis.pool-wait-ms",
        "2000");
  }

  @Override
  public void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }
}
