package io.receiptcoupons.system.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import redis.clients.jedis.params.SetParams;

/**
 * Leases in Redis (SET NX PX with a random token, freed by compare-and-delete): a lock held across
 * replicas, which a replica that dies gives up when the lease runs out. The token fences commits.
 */
@ApplicationScoped
public class RedisLeases {

  private static final Logger LOG = Logger.getLogger(RedisLeases.class);
  private static final String RELEASE =
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end"
          + " return 0";
  private final Redis redis;
  private final ThreadLocal<Map<String, String>> held = ThreadLocal.withInitial(HashMap::new);

  public RedisLeases(Redis redis) {
    this.redis = redis;
  }

  /** Runs work holding every key's lease; a key this thread already holds is not taken again. */
  public <T> T holding(String space, Collection<String> keys, Supplier<T> work) {
    String token = UUID.randomUUID().toString();
    List<String> taken = new ArrayList<>();
    try {
      for (String key : new TreeSet<>(keys)) {
        String lease = redis.key("lock", space, key);
        if (!held.get().containsKey(lease)) {
          acquire(lease, token);
          held.get().put(lease, token);
          taken.add(lease);
        }
      }
      return work.get();
    } finally {
      taken.forEach(lease -> release(lease, token));
    }
  }

  /**
   * The leases this thread holds, each with its token: a commit made under them checks, in the same
   * script, that each is still held (fencing), so a replica paused past its lease writes nothing.
   */
  Map<String, String> heldHere() {
    return Map.copyOf(held.get());
  }

  private void acquire(String lease, String token) {
    SetParams params = SetParams.setParams().nx().px(redis.config().lockLeaseMs());
    long deadline = System.nanoTime() + redis.config().lockWaitMs() * 1_000_000L;
    int pause = 1;
    while (redis.call(j -> j.set(lease, token, params)) == null) {
      if (System.nanoTime() > deadline) {
        throw new LockTimeoutException("Timed out waiting for lock " + lease);
      }
      sleep(pause);
      pause = Math.min(pause * 2, 20);
    }
  }

  // A lease that cannot be freed (Redis gone) runs out by itself.
  private void release(String lease, String token) {
    held.get().remove(lease);
    try {
      redis.eval(RELEASE, List.of(lease), List.of(token));
    } catch (RuntimeException e) {
      LOG.warnf("Could not free lock %s: %s", lease, e.toString());
    }
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LockTimeoutException("Interrupted waiting for a lock");
    }
  }

  /** Another replica held a lock for longer than this request may wait. */
  public static final class LockTimeoutException extends RuntimeException {
    LockTimeoutException(String message) {
      super(message);
    }
  }
}
