package io.receiptcoupons.system.store;

import java.time.Duration;
import java.util.function.Function;
import org.jboss.logging.Logger;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisMovedDataException;

/** Running work on a pooled connection, and on a Cluster following the slot when it moves. */
final class RedisPools {

  private static final Logger LOG = Logger.getLogger(RedisPools.class);

  private RedisPools() {}

  // Short waits everywhere: a dead Redis must fail a checkout fast (it is answered degraded).
  static JedisPoolConfig pooling(StoreConfig.RedisConfig config) {
    JedisPoolConfig pooling = new JedisPoolConfig();
    pooling.setMaxTotal(config.poolSize());
    pooling.setMaxIdle(config.poolSize());
    pooling.setMaxWait(Duration.ofMillis(config.poolWaitMs()));
    pooling.setJmxEnabled(false);
    return pooling;
  }

  /**
   * Runs {@code work} on the slot owner's pool. A MOVED reply or a primary that takes no connection
   * (so nothing ran) sends the client back to the seeds, and the work runs once more on the new
   * owner ({@code again} counts that round trip). ASK and TRYAGAIN (a migration under way) reach
   * the caller as errors, as a dead Redis does: a checkout answers degraded and spools its facts.
   */
  static <T> T routed(
      RedisSlotOwner owner, JedisPool current, Function<Jedis, T> work, Runnable again) {
    try {
      return run(current, work);
    } catch (NotSent | JedisMovedDataException e) {
      LOG.infof("Redis Cluster slot %d: %s; asking the seeds again", owner.slot(), e.getMessage());
      JedisPool moved = owner.rediscover(current);
      again.run();
      return unwrapped(moved, work);
    } catch (JedisConnectionException e) {
      // The work may have run: not repeated, but the next call goes to whoever owns the slot now.
      rediscoverQuietly(owner, current);
      throw e;
    }
  }

  /** Runs {@code work} on a connection of {@code pool}; Redis errors are runtime exceptions. */
  static <T> T unwrapped(JedisPool pool, Function<Jedis, T> work) {
    try {
      return run(pool, work);
    } catch (NotSent e) {
      throw e.refused;
    }
  }

  private static <T> T run(JedisPool pool, Function<Jedis, T> work) {
    Jedis jedis;
    try {
      jedis = pool.getResource();
    } catch (JedisConnectionException e) {
      pool.clear();
      throw new NotSent(e);
    }
    try (jedis) {
      return work.apply(jedis);
    } catch (JedisConnectionException e) {
      // After a Redis restart every idle connection is dead: drop them all, not one per request.
      pool.clear();
      throw e;
    }
  }

  private static void rediscoverQuietly(RedisSlotOwner owner, JedisPool stale) {
    try {
      owner.rediscover(stale);
    } catch (RuntimeException e) {
      LOG.debugf("No Redis Cluster seed answered: %s", e.toString());
    }
  }

  /** A connection refused before anything was sent: safe to send to another node. */
  private static final class NotSent extends RuntimeException {
    private final transient JedisConnectionException refused;

    NotSent(JedisConnectionException refused) {
      super(refused.getMessage(), refused, false, false);
      this.refused = refused;
    }
  }
}
