package io.receiptcoupons.system.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import redis.clients.jedis.Transaction;

/** A Redis store transaction: reads go to Redis, writes wait in memory for one MULTI/EXEC. */
final class RedisTx implements StoreTx {

  private final Redis redis;
  private final Map<String, NavigableMap<String, byte[]>> writes = new HashMap<>();
  final List<Runnable> afterCommit = new ArrayList<>();
  final List<Runnable> afterRollback = new ArrayList<>();

  RedisTx(Redis redis) {
    this.redis = redis;
  }

  @Override
  public StoreMap map(String name) {
    return new RedisMap(redis, name, writes.computeIfAbsent(name, n -> new TreeMap<>()));
  }

  @Override
  public void onCommit(Runnable action) {
    afterCommit.add(action);
  }

  @Override
  public void onRollback(Runnable action) {
    afterRollback.add(action);
  }

  /** Applies every buffered write at once: other clients see all of them or none. */
  void commit() {
    if (writes.values().stream().allMatch(Map::isEmpty)) {
      return;
    }
    redis.call(
        j -> {
          Transaction multi = j.multi();
          writes.forEach((name, entries) -> queue(multi, name, entries));
          return multi.exec();
        });
  }

  private void queue(Transaction multi, String name, NavigableMap<String, byte[]> entries) {
    byte[] hash = RedisMap.bytes(redis.key("map", name));
    byte[] index = RedisMap.bytes(redis.key("keys", name));
    entries.forEach(
        (key, value) -> {
          byte[] k = RedisMap.bytes(key);
          if (value == RedisMap.REMOVED) {
            multi.hdel(hash, k);
            multi.zrem(index, k);
          } else {
            multi.hset(hash, k, value);
            multi.zadd(index, 0, k);
          }
        });
  }
}
