package io.receiptcoupons.system.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;

/**
 * Committed values one transaction has fetched. Keys hinted before a read are fetched with it in
 * one pipeline (an HMGET per map), so a checkout reads everything it needs in one round trip.
 */
final class RedisReads {

  private static final byte[] ABSENT = new byte[0];
  private final Redis redis;
  private final Map<String, Set<String>> hinted = new LinkedHashMap<>();
  private final Map<String, Map<String, byte[]>> values = new HashMap<>();

  RedisReads(Redis redis) {
    this.redis = redis;
  }

  void hint(String map, Collection<String> keys) {
    Map<String, byte[]> known = values.getOrDefault(map, Map.of());
    Set<String> wanted = hinted.computeIfAbsent(map, m -> new LinkedHashSet<>());
    keys.stream().filter(k -> !known.containsKey(k)).forEach(wanted::add);
  }

  boolean has(String map, String key) {
    return values.getOrDefault(map, Map.of()).containsKey(key)
        || hinted.getOrDefault(map, Set.of()).contains(key);
  }

  /** The committed value, or null; fetched at most once per transaction. */
  byte[] get(String map, String key) {
    byte[] value = values.getOrDefault(map, Map.of()).get(key);
    if (value == null) {
      hinted.computeIfAbsent(map, m -> new LinkedHashSet<>()).add(key);
      fetch();
      value = values.get(map).get(key);
    }
    return value == ABSENT ? null : value;
  }

  private void fetch() {
    Map<String, List<String>> batch = new LinkedHashMap<>();
    hinted.forEach((map, keys) -> batch.put(map, new ArrayList<>(keys)));
    hinted.clear();
    Map<String, Response<List<byte[]>>> replies = new LinkedHashMap<>();
    redis.pipelined(
        batch.size(),
        jedis -> {
          Pipeline pipe = jedis.pipelined();
          batch.forEach((map, keys) -> replies.put(map, pipe.hmget(hash(map), fields(keys))));
          pipe.sync();
          // Inside the call: a MOVED reply is thrown by get(), and the call follows it.
          batch.forEach((map, keys) -> store(map, keys, replies.get(map).get()));
          return null;
        });
  }

  private void store(String map, List<String> keys, List<byte[]> found) {
    Map<String, byte[]> known = values.computeIfAbsent(map, m -> new HashMap<>());
    for (int i = 0; i < keys.size(); i++) {
      known.put(keys.get(i), found.get(i) == null ? ABSENT : found.get(i));
    }
  }

  private byte[] hash(String map) {
    return RedisMap.bytes(redis.key("map", map));
  }

  private static byte[][] fields(List<String> keys) {
    return keys.stream().map(RedisMap::bytes).toArray(byte[][]::new);
  }

  /** A value's version as the commit script computes it: its SHA-1 in hex, "" for no value. */
  static String version(byte[] value) {
    if (value == null) {
      return "";
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(value));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
