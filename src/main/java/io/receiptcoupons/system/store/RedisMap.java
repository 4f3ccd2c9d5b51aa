package io.receiptcoupons.system.store;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * One map as a Redis transaction sees it: a hash of values plus a sorted set of its keys for
 * ranges, overlaid with the transaction's own buffered writes. Reads of single keys are recorded
 * for the commit's check; ranges are read as committed and not checked.
 */
final class RedisMap implements StoreMap {

  /** A buffered removal; compared by identity, so an empty value stays a value. */
  static final byte[] REMOVED = new byte[0];

  private final Redis redis;
  private final RedisTx tx;
  private final String name;
  private final byte[] hash;
  private final byte[] index;
  private final NavigableMap<String, byte[]> writes;

  RedisMap(Redis redis, RedisTx tx, String name, NavigableMap<String, byte[]> writes) {
    this.redis = redis;
    this.tx = tx;
    this.name = name;
    this.hash = bytes(redis.key("map", name));
    this.index = bytes(redis.key("keys", name));
    this.writes = writes;
  }

  @Override
  public byte[] get(String key) {
    byte[] buffered = writes.get(key);
    if (buffered != null) {
      return buffered == REMOVED ? null : buffered;
    }
    return tx.read(name, key);
  }

  @Override
  public boolean absent(String key) {
    byte[] buffered = writes.get(key);
    if (buffered != null) {
      return buffered == REMOVED;
    }
    return tx.absent(name, key);
  }

  @Override
  public void put(String key, byte[] value) {
    writes.put(key, value);
  }

  @Override
  public byte[] remove(String key) {
    byte[] prior = get(key);
    writes.put(key, REMOVED);
    return prior;
  }

  @Override
  public boolean containsKey(String key) {
    return get(key) != null;
  }

  @Override
  public String lastKey() {
    String local = lastWritten();
    String remote = RedisRange.lastKey(redis, index, writes);
    if (local == null || remote == null) {
      return local == null ? remote : local;
    }
    return local.compareTo(remote) >= 0 ? local : remote;
  }

  @Override
  public Iterator<Map.Entry<String, byte[]>> entryIterator(String from, String to) {
    RedisRange remote = new RedisRange(redis, index, from, to, this::values);
    return new OverlayIterator(remote, RedisRange.slice(writes, from, to));
  }

  @Override
  public Iterator<String> keyIterator(String from, String to) {
    RedisRange remote = new RedisRange(redis, index, from, to, null);
    Iterator<Map.Entry<String, byte[]>> all =
        new OverlayIterator(remote, RedisRange.slice(writes, from, to));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return all.hasNext();
      }

      @Override
      public String next() {
        return all.next().getKey();
      }
    };
  }

  private String lastWritten() {
    for (Map.Entry<String, byte[]> e : writes.descendingMap().entrySet()) {
      if (e.getValue() != REMOVED) {
        return e.getKey();
      }
    }
    return null;
  }

  private List<byte[]> values(List<byte[]> keys) {
    return redis.call(j -> j.hmget(hash, keys.toArray(byte[][]::new)));
  }

  static Map.Entry<String, byte[]> entry(String key, byte[] value) {
    return new AbstractMap.SimpleImmutableEntry<>(key, value);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
