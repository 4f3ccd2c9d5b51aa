package io.receiptcoupons.system.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The scale-out store: every replica's state in one Redis. Transactions are optimistic: the work
 * reads (hinted keys in one pipeline), then one script checks that nothing it read has changed and
 * writes everything; on a conflict the work runs again from its reads. No lock is taken.
 */
@ApplicationScoped
@Typed(RedisStore.class)
public class RedisStore implements Store {

  static final int MAX_ATTEMPTS = 20;
  private static final Logger LOG = Logger.getLogger(RedisStore.class);
  // Both return the last value of the block reserved (INCRBY count).
  private static final String CONTINUE =
      "if redis.call('exists', KEYS[1]) == 1 then return redis.call('incrby', KEYS[1], ARGV[1]) end"
          + " return false";
  private static final String START =
      "if redis.call('exists', KEYS[1]) == 0 then redis.call('set', KEYS[1], ARGV[2]) end"
          + " return redis.call('incrby', KEYS[1], ARGV[1])";

  private final Redis redis;
  private final RedisLeases leases;
  private final Counter errors;
  private final Counter conflicts;

  public RedisStore(Redis redis, RedisLeases leases, MeterRegistry registry) {
    this.redis = redis;
    this.leases = leases;
    this.errors = StoreErrors.counter(registry);
    this.conflicts =
        Counter.builder("coupons.store.conflicts")
            .description("Transactions run again because what they read changed before commit")
            .register(registry);
  }

  // The pool connects on first use, so a Redis that is down at start-up is not fatal here; a
  // Cluster configuration that cannot work (no hash tag, a malformed seed) is.
  @Override
  public void open() {
    redis.open();
  }

  @Override
  public <T> T inTransaction(Function<StoreTx, T> work) {
    RedisAttempts attempts = new RedisAttempts();
    while (true) {
      RedisTx tx = new RedisTx(redis, attempts, leases.heldHere());
      T result = attempt(tx, work);
      if (commit(tx)) {
        runQuietly(tx.afterCommit, "commit");
        return result;
      }
      runQuietly(tx.afterRollback, "rollback");
      conflicts.increment();
      int attempt = attempts.next();
      if (attempt >= MAX_ATTEMPTS) {
        throw new StoreConflictException("Still conflicting after " + MAX_ATTEMPTS + " attempts");
      }
      backOff(attempt);
    }
  }

  // A short random wait, so that writers racing on one key stop colliding in lockstep.
  private static void backOff(int attempt) {
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(250_000L << Math.min(attempt, 4)));
  }

  private <T> T attempt(RedisTx tx, Function<StoreTx, T> work) {
    try {
      return work.apply(tx);
    } catch (RuntimeException e) {
      countIfStore(e);
      runQuietly(tx.afterRollback, "rollback");
      throw e;
    }
  }

  // False on a conflict (nothing was written). If the script fails its outcome is unknown, so
  // nothing is handed back: the caller answers degraded and a retry replays or runs it again.
  private boolean commit(RedisTx tx) {
    if (!tx.writes()) {
      return true;
    }
    try {
      RedisCommit.Result result = new RedisCommit(redis, tx).run();
      while (result.outcome().equals("noseq")) {
        startSequence(tx.entries.get(result.index() - 1));
        result = new RedisCommit(redis, tx).run();
      }
      if (result.outcome().equals("fence")) {
        throw new LeaseLostException("A lease ran out before its commit; nothing was written");
      }
      tx.conflicted(
          result.outcome().equals("conflict") ? result.index() : 0,
          result.outcome().equals("refused") ? result.index() : 0);
      return result.committed();
    } catch (RuntimeException e) {
      errors.increment();
      LOG.warnf("Redis commit failed, its outcome is unknown: %s", e.toString());
      throw e;
    }
  }

  private void startSequence(RedisTx.Entry entry) {
    List<String> key = List.of(redis.key("seq", entry.sequence()));
    redis.eval(START, key, List.of("0", Long.toString(entry.last().getAsLong())));
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
  public StoreUse used() {
    return Redis.used();
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

  /** A transaction kept conflicting with others on the same keys. */
  public static final class StoreConflictException extends RuntimeException {
    StoreConflictException(String message) {
      super(message);
    }
  }

  /** A lease this thread held ran out before its commit, so another holder may have written. */
  public static final class LeaseLostException extends RuntimeException {
    LeaseLostException(String message) {
      super(message);
    }
  }
}
