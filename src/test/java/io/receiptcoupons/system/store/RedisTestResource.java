package io.receiptcoupons.system.store;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a real redis-server for a Redis-mode @QuarkusTest and points the store at it. */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {

  private static volatile RedisServer server;

  /** The running server, so a test can stop and restart it. */
  public static RedisServer server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    server = RedisServer.start();
    return Map.of(
        "coupons.store.kind",
        "redis",
        "coupons.store.redis.url",
        server.url(),
        // The shared test machine stalls for longer than production's waits; a stopped Redis
        // still fails at once (connection refused). A new pooled connection under
        // load took over the 20 ms connect timeout once, and that checkout answered degraded.
        "coupons.store.redis.connect-timeout-ms",
        "2000",
        "coupons.store.redis.command-timeout-ms",
        "2000",
        "coupons.store.redis.pool-wait-ms",
        "2000");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }
}
