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
    return Map.of("coupons.store.kind", "redis", "coupons.store.redis.url", server.url());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }
}
