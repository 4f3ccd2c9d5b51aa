package io.receiptcoupons.system.store;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Striped locks: work on one key runs alone, work on different keys mostly runs in parallel. */
public final class KeyedLocks {
  private final ReentrantLock[] stripes;

  public KeyedLocks(int stripes) {
    this.stripes = new ReentrantLock[stripes];
    for (int i = 0; i < stripes; i++) {
      this.stripes[i] = new ReentrantLock();
    }
  }

  public <T> T withLock(String key, Supplier<T> work) {
    return withLocks(List.of(key), work);
  }

  /** Holds every key's lock; stripes are taken in index order, so two callers cannot deadlock. */
  public <T> T withLocks(Collection<String> keys, Supplier<T> work) {
    int[] held = keys.stream().mapToInt(this::stripe).distinct().sorted().toArray();
    for (int i : held) {
      stripes[i].lock();
    }
    try {
      return work.get();
    } finally {
      for (int i : held) {
        stripes[i].unlock();
      }
    }
  }

  private int stripe(String key) {
    return Math.floorMod(key.hashCode(), stripes.length);
  }
}
