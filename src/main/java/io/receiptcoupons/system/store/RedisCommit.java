package io.receiptcoupons.system.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Runs a {@link RedisTx}'s commit as one script (commit.lua): check every read, then write. */
final class RedisCommit {

  static final byte[] SCRIPT = load();

  /** How a commit ended; {@code index} is the 1-based item of the section that stopped it. */
  record Result(String outcome, int index) {
    boolean committed() {
      return outcome.equals("ok");
    }
  }

  private final Redis redis;
  private final RedisTx tx;
  private final Map<String, Integer> keys = new LinkedHashMap<>();
  private final List<byte[]> args = new ArrayList<>();

  RedisCommit(Redis redis, RedisTx tx) {
    this.redis = redis;
    this.tx = tx;
  }

  Result run() {
    fences();
    checks();
    takes();
    entries();
    adds();
    writes();
    List<byte[]> keyBytes = keys.keySet().stream().map(RedisMap::bytes).toList();
    List<?> reply = (List<?>) redis.script(SCRIPT, keyBytes, args);
    String outcome = new String((byte[]) reply.get(0), StandardCharsets.UTF_8);
    return new Result(outcome, ((Long) reply.get(1)).intValue());
  }

  private void fences() {
    add(tx.fences.size());
    tx.fences.forEach(
        (lease, token) -> {
          key(lease);
          add(token);
        });
  }

  private void checks() {
    add(tx.reads.size());
    for (RedisTx.Read read : tx.reads.values()) {
      key(hash(read.map()));
      add(read.key());
      add(read.version());
    }
  }

  private void takes() {
    add(tx.takes.size());
    for (RedisTx.Take take : tx.takes) {
      key(redis.key(take.group()));
      add(take.limits().size());
      take.limits()
          .forEach(
              (field, limit) -> {
                add(field);
                add(limit == null ? "" : limit.toString());
              });
    }
  }

  private void entries() {
    add(tx.entries.size());
    for (RedisTx.Entry e : tx.entries) {
      key(redis.key("seq", e.sequence()));
      key(hash(e.map()));
      key(redis.key("keys", e.map()));
      add(e.count());
      args.add(e.head());
      args.add(e.tail());
    }
  }

  private void adds() {
    add(tx.adds.size());
    tx.adds.forEach(
        (group, deltas) -> {
          key(redis.key(group));
          add(deltas.size());
          deltas.forEach(
              (field, delta) -> {
                add(field);
                add(delta.toString());
              });
        });
  }

  private void writes() {
    int count = tx.writes.values().stream().mapToInt(Map::size).sum();
    add(count);
    tx.writes.forEach((map, entries) -> write(map, entries));
  }

  private void write(String map, NavigableMap<String, byte[]> entries) {
    entries.forEach(
        (field, value) -> {
          key(hash(map));
          key(redis.key("keys", map));
          add(field);
          boolean removed = value == RedisMap.REMOVED;
          add(removed ? "d" : "p");
          args.add(removed ? new byte[0] : value);
        });
  }

  private String hash(String map) {
    return redis.key("map", map);
  }

  private void key(String name) {
    args.add(RedisMap.bytes(Integer.toString(keys.computeIfAbsent(name, k -> keys.size() + 1))));
  }

  private void add(long n) {
    add(Long.toString(n));
  }

  private void add(String text) {
    args.add(RedisMap.bytes(text));
  }

  private static byte[] load() {
    try (InputStream in = RedisCommit.class.getResourceAsStream("commit.lua")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
