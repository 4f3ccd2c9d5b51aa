package io.receiptcoupons.system;

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
    ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
