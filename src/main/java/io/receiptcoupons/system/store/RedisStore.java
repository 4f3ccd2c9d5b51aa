package io.receiptcoupons.system.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/** The scale-out store: every replica's state in one Redis, written in atomic MULTI/EXEC. */
@ApplicationScoped
@Typed(RedisStore.class)
public class RedisStore implements Store {

  private static final Logger LOG = Logger.getLogger(RedisStore.class);
  // Both return the last value of the block reserved (INCRBY count).
  private static final String CONTINUE =
      "if redis.call('exists', KEYS[1]) == 1 then return redis.call('incrby', KEYS[1], ARGV[1]) end"
          + " return false";
  private static final String START =
      "if redis.call('exists', KEYS[1]) == 0 then redis.call('set', KEYS[1], ARGV[2]) end"
          + " return redis.call('incrby', KEYS[1], ARGV[1])";

  private final Redis redis;
  private final Counter errors;

  public RedisStore(Redis redis, MeterRegistry registry) {
    this.redis = redis;
    this.errors = StoreErrors.counter(registry);
  }

  // The pool connects on first use, so a Redis that is down at start-up is not fatal here.
  @Override
  public void open() {}

  @Override
  public <T> T inTransaction(Function<StoreTx, T> work) {
    RedisTx tx = new RedisTx(redis);
    T result;
    try {
      result = work.apply(tx);
    } catch (RuntimeException e) {
      countIfStore(e);
      runQuietly(tx.afterRollback, "rollback");
      throw e;
    }
    commit(tx);
    runQuietly(tx.afterCommit, "commit");
    return result;
  }

  // If EXEC fails its outcome is unknown, so nothing is handed back: a budget reservation then
  // leaks (one coupon fewer) rather than risk an overrun.
  private void commit(RedisTx tx) {
    try {
      tx.commit();
    } catch (RuntimeException e) {
      errors.increment();
      LOG.warnf("Redis commit failed, its outcome is unknown: %s", e.toString());
      throw e;
    }
  }

  @Override
  public long nextBlock(String sequence, int count, LongSupplier last) {
    List<String> key = List.of(redis.key("seq", sequence));
    String n = Integer.toString(count);
    Object end = redis.eval(CONTINUE, key, List.of(n));
    if (!(end instanceof Long)) {
      end = redis.eval(START, key, List.of(n, Long.toString(last.getAsLong())));
    }
    return (Long) end - count + 1;
  }

  @Override
  public boolean isHealthy() {
    try {
      return "PONG".equals(redis.call(j -> j.ping()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void countIfStore(RuntimeException e) {
    if (e instanceof JedisException) {
      errors.increment();
    }
  }

  // Committed (or rolled back) is final: a failing follow-up must not turn it into an error.
  private static void runQuietly(List<Runnable> actions, String after) {
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warnf("An action after %s failed: %s", after, e.toString());
      }
    }
  }
}
