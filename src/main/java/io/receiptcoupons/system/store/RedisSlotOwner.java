package io.receiptcoupons.system.store;

import io.micrometer.core.instrument.Counter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisClusterCRC16;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Where this deployment's one Redis Cluster slot lives: the seeds say which primary owns it, and a
 * pool to that primary is kept until a redirection or a dead primary sends the client back to them.
 */
final class RedisSlotOwner {

  // A Cluster no seed answers is not asked again at once: every checkout would pay the timeouts.
  private static final long QUIET_NANOS = 200_000_000L;
  private final List<HostAndPort> seeds;
  private final int slot;
  private final JedisClientConfig client;
  private final JedisPoolConfig pooling;
  private final Counter redirects;
  private JedisPool pool;
  private long failedAt;
  private boolean failed;

  RedisSlotOwner(StoreConfig.RedisConfig config, JedisPoolConfig pooling, Counter redirects) {
    this.seeds = seeds(config.clusterNodes().orElse(List.of()));
    this.slot = JedisClusterCRC16.getSlot(tagOf(config.prefix()));
    this.client = client(config);
    this.pooling = pooling;
    this.redirects = redirects;
  }

  /** The seeds of {@code coupons.store.redis.cluster-nodes}; refuses a malformed entry at start. */
  static List<HostAndPort> seeds(List<String> nodes) {
    return nodes.stream().map(String::trim).map(RedisSlotOwner::node).toList();
  }

  private static HostAndPort node(String node) {
    int colon = node.lastIndexOf(':');
    if (colon <= 0 || !node.substring(colon + 1).matches("\\d{1,5}")) {
      throw new IllegalStateException(
          "coupons.store.redis.cluster-nodes: '" + node + "' is not host:port");
    }
    return new HostAndPort(node.substring(0, colon), Integer.parseInt(node.substring(colon + 1)));
  }

  /** The prefix's hash tag; a prefix without one is refused, as its keys would span slots. */
  static String tagOf(String prefix) {
    String tag = Redis.hashTag(prefix);
    if (tag == null) {
      throw new IllegalStateException(
          "coupons.store.redis.prefix '"
              + prefix
              + "' has no hash tag {...}: in cluster mode (coupons.store.redis.cluster-nodes)"
              + " every key must be in one slot, or the commit script's keys would span slots."
              + " Use e.g. '{coupons}:'.");
    }
    return tag;
  }

  int slot() {
    return slot;
  }

  /** The pool to the slot's owner, found from the seeds on first use. */
  synchronized JedisPool pool() {
    return pool != null ? pool : discover(false);
  }

  /**
   * Asks the seeds again who owns the slot and swaps the pool, unless another thread already
   * replaced {@code stale}.
   */
  synchronized JedisPool rediscover(JedisPool stale) {
    if (pool != stale) {
      return pool;
    }
    return discover(true);
  }

  private JedisPool discover(boolean again) {
    if (failed && System.nanoTime() - failedAt < QUIET_NANOS) {
      throw new JedisConnectionException("No Redis Cluster seed answered just now");
    }
    if (again) {
      redirects.increment();
    }
    HostAndPort owner = owner();
    JedisPool old = pool;
    pool = new JedisPool(pooling, owner, client);
    if (old != null) {
      old.close();
    }
    return pool;
  }

  private HostAndPort owner() {
    JedisException last = null;
    for (HostAndPort seed : seeds) {
      try (Jedis jedis = new Jedis(seed, client)) {
        HostAndPort owner = ownerIn(jedis.clusterSlots(), seed);
        failed = false;
        return owner;
      } catch (JedisException e) {
        last = e;
      }
    }
    failed = true;
    failedAt = System.nanoTime();
    throw new JedisConnectionException(
        "No Redis Cluster seed named the owner of slot " + slot, last);
  }

  // CLUSTER SLOTS (Redis 3+, so the 6.2 test binary too): [start, end, [host, port, id], ...].
  private HostAndPort ownerIn(List<Object> ranges, HostAndPort seed) {
    for (Object range : ranges) {
      List<?> entry = (List<?>) range;
      if ((Long) entry.get(0) <= slot && slot <= (Long) entry.get(1)) {
        List<?> primary = (List<?>) entry.get(2);
        String host = text(primary.get(0));
        // A node that does not know its own address names itself "": it is the seed.
        return new HostAndPort(
            host.isEmpty() ? seed.getHost() : host, ((Long) primary.get(1)).intValue());
      }
    }
    throw new JedisException("Slot " + slot + " has no owner (the Cluster is not ready)");
  }

  private static String text(Object value) {
    return value instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8) : "" + value;
  }

  private static JedisClientConfig client(StoreConfig.RedisConfig config) {
    URI uri = URI.create(config.url());
    return DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(config.connectTimeoutMs())
        .socketTimeoutMillis(config.commandTimeoutMs())
        .user(JedisURIHelper.getUser(uri))
        .password(JedisURIHelper.getPassword(uri))
        .ssl(JedisURIHelper.isRedisSSLScheme(uri))
        .build();
  }

  synchronized void close() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }
}
