package io.receiptcoupons.system.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Locks by key within a named space: a striped lock in this process always, and in scale-out mode a
 * lease in Redis as well, so work on one key runs alone across every replica.
 */
@ApplicationScoped
public class Locks {

  /** Coupon codes: redemptions and voids lock a coupon in this one space. */
  public static final String CODES = "code";

  public static final String MEMBERS = "member";

  private final Map<String, KeyedLocks> stripes = new ConcurrentHashMap<>();
  private final RedisLeases leases;

  @Inject
  Locks(StoreConfig config, Instance<RedisLeases> leases) {
    this(config.kind() == StoreConfig.Kind.REDIS ? leases.get() : null);
  }

  /** In-process locks only when {@code leases} is null, as in embedded mode. */
  Locks(RedisLeases leases) {
    this.leases = leases;
  }

  public <T> T withLock(String space, String key, Supplier<T> work) {
    return withLocks(space, List.of(key), work);
  }

  /**
   * Holds the key's lock in this process only, never a lease: for work whose commit checks what it
   * read (an optimistic store transaction), where the lock only spares this replica's threads from
   * conflicting with each other.
   */
  public <T> T withLocalLock(String space, String key, Supplier<T> work) {
    return stripes.computeIfAbsent(space, s -> new KeyedLocks(1024)).withLock(key, work);
  }

  /**
   * Holds every key's lock while work runs. The stripe in front means one replica's threads queue
   * in memory rather than poll Redis; keys are taken in order, so two callers cannot deadlock.
   */
  public <T> T withLocks(String space, Collection<String> keys, Supplier<T> work) {
    KeyedLocks local = stripes.computeIfAbsent(space, s -> new KeyedLocks(1024));
    if (leases == null) {
      return local.withLocks(keys, work);
    }
    return local.withLocks(keys, () -> leases.holding(space, keys, work));
  }
}
