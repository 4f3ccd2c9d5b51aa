package io.receiptcoupons.system.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The Redis connection pool of scale-out mode (one Redis, or the primary owning the deployment's
 * Cluster slot), and the few commands features outside use. Every round trip and command sent is
 * counted, in total and on the calling thread.
 */
@ApplicationScoped
public class Redis {

  private static final Logger LOG = Logger.getLogger(Redis.class);
  private static final ThreadLocal<long[]> USE = ThreadLocal.withInitial(() -> new long[2]);
  private final StoreConfig.RedisConfig config;
  private final Counter roundTrips;
  private final Counter commands;
  private final Counter redirects;
  private JedisPool pool;
  private RedisSlotOwner owner;

  public Redis(StoreConfig config, MeterRegistry registry) {
    this.config = config.redis();
    this.roundTrips =
        Counter.builder("coupons.redis.round.trips")
            .description("Round trips to Redis: a command, a pipeline or a script")
            .register(registry);
    this.commands =
        Counter.builder("coupons.redis.commands")
            .description("Commands sent to Redis (a script is one)")
            .register(registry);
    this.redirects =
        Counter.builder("coupons.redis.cluster.redirects")
            .description("Times the Cluster seeds were asked again which primary owns the slot")
            .register(registry);
  }

  /** Checks the configuration at start-up; connects on first use, so Redis may still be down. */
  synchronized void open() {
    if (cluster() && owner == null) {
      owner = new RedisSlotOwner(config, RedisPools.pooling(config), redirects);
      LOG.infof("Redis Cluster mode: slot %d, seeds %s", owner.slot(), config.clusterNodes().get());
    }
  }

  private boolean cluster() {
    return config.clusterNodes().filter(nodes -> !nodes.isEmpty()).isPresent();
  }

  /** Round trips and commands this thread has sent so far. */
  static StoreUse used() {
    long[] use = USE.get();
    return new StoreUse(use[0], use[1]);
  }

  /** Runs one command on a pooled connection; Redis errors are runtime exceptions. */
  <T> T call(Function<Jedis, T> work) {
    return pipelined(1, work);
  }

  /**
   * Runs {@code count} commands sent together in one round trip; on a Cluster, through {@link
   * RedisPools#routed}.
   */
  <T> T pipelined(int count, Function<Jedis, T> work) {
    count(count);
    JedisPool current = pool();
    if (owner != null) {
      return RedisPools.routed(owner, current, work, () -> count(count));
    }
    return RedisPools.unwrapped(current, work);
  }

  /** Runs a script by its digest, sending its text only when Redis does not know it yet. */
  Object script(byte[] script, List<byte[]> keys, List<byte[]> args) {
    byte[] digest = RedisMap.bytes(RedisReads.version(script));
    try {
      return call(j -> j.evalsha(digest, keys, args));
    } catch (JedisNoScriptException e) {
      return call(j -> j.eval(script, keys, args));
    }
  }

  private void count(int count) {
    roundTrips.increment();
    commands.increment(count);
    long[] use = USE.get();
    use[0]++;
    use[1] += count;
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

  private synchronized JedisPool pool() {
    if (owner == null && pool == null) {
      open();
    }
    if (owner != null) {
      return owner.pool();
    }
    if (pool == null) {
      warnIfUntagged(config.prefix());
      pool =
          new JedisPool(
              RedisPools.pooling(config),
              URI.create(config.url()),
              config.connectTimeoutMs(),
              config.commandTimeoutMs());
    }
    return pool;
  }

  /** The hash tag that puts every key in one Cluster slot, or null when the prefix has none. */
  static String hashTag(String prefix) {
    int open = prefix.indexOf('{');
    int close = open < 0 ? -1 : prefix.indexOf('}', open + 1);
    return close > open + 1 ? prefix.substring(open + 1, close) : null;
  }

  // A single Redis takes any prefix; a Cluster would refuse the multi-key scripts (CROSSSLOT).
  private static void warnIfUntagged(String prefix) {
    if (hashTag(prefix) == null) {
      LOG.warnf(
          "coupons.store.redis.prefix '%s' has no hash tag {...}: fine on one Redis, but on a Redis"
              + " Cluster the commit script's keys would span slots",
          prefix);
    }
  }

  @PreDestroy
  public synchronized void close() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
    if (owner != null) {
      owner.close();
      owner = null;
    }
  }
}
