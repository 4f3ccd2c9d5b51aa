package io.receiptcoupons.system.store;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** The Redis connection pool of scale-out mode, and the few commands features outside use. */
@ApplicationScoped
public class Redis {

  private final StoreConfig.RedisConfig config;
  private JedisPool pool;

  public Redis(StoreConfig config) {
    this.config = config.redis();
  }

  /** Runs one piece of work on a pooled connection; Redis errors are runtime exceptions. */
  <T> T call(Function<Jedis, T> work) {
    JedisPool current = pool();
    try (Jedis jedis = current.getResource()) {
      return work.apply(jedis);
    } catch (JedisConnectionException e) {
      // After a Redis restart every idle connection is dead: drop them all, not one per request.
      current.clear();
      throw e;
    }
  }

  /** A key under this deployment's prefix. */
  public String key(String... parts) {
    return config.prefix() + String.join(":", parts);
  }

  public Object eval(String script, List<String> keys, List<String> args) {
    return call(j -> j.eval(script, keys, args));
  }

  public long hincrBy(String key, String field, long delta) {
    return call(j -> j.hincrBy(key, field, delta));
  }

  public String hget(String key, String field) {
    return call(j -> j.hget(key, field));
  }

  public Map<String, String> hgetAll(String key) {
    return call(j -> j.hgetAll(key));
  }

  public boolean exists(String key) {
    return call(j -> j.exists(key));
  }

  StoreConfig.RedisConfig config() {
    return config;
  }

  // Short waits everywhere: a dead Redis must fail a checkout fast (it is answered degraded).
  private synchronized JedisPool pool() {
    if (pool == null) {
      JedisPoolConfig pooling = new JedisPoolConfig();
      pooling.setMaxTotal(config.poolSize());
      pooling.setMaxIdle(config.poolSize());
      pooling.setMaxWait(Duration.ofMillis(config.commandTimeoutMs()));
      pooling.setJmxEnabled(false);
      pool =
          new JedisPool(
              pooling,
              URI.create(config.url()),
              config.connectTimeoutMs(),
              config.commandTimeoutMs());
    }
    return pool;
  }

  @PreDestroy
  public synchronized void close() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }
}
