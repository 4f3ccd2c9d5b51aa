package io.receiptcoupons.system.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * An optimistic Redis transaction: hinted reads come in one pipeline, every value read is recorded
 * with its version (its SHA-1), and writes, counter changes and numbered entries wait in memory for
 * one commit script that first checks that nothing read has changed.
 */
final class RedisTx implements StoreTx {

  /** A read the commit checks: the value's SHA-1 when read, "" when absent. */
  record Read(String map, String key, String version, boolean assumed) {}

  /** A conditional increment of a shared counter group. */
  record Take(String group, Map<String, Long> limits) {}

  /** A numbered entry, reserved and written by the commit. */
  record Entry(
      String map, String sequence, int count, byte[] head, byte[] tail, LongSupplier last) {}

  private final Redis redis;
  private final RedisAttempts attempts;
  final Map<String, String> fences;
  final Map<String, NavigableMap<String, byte[]>> writes = new HashMap<>();
  final Map<String, Read> reads = new LinkedHashMap<>();
  final List<Take> takes = new ArrayList<>();
  final Map<String, Map<String, Long>> adds = new LinkedHashMap<>();
  final List<Entry> entries = new ArrayList<>();
  final List<Runnable> afterCommit = new ArrayList<>();
  final List<Runnable> afterRollback = new ArrayList<>();
  private final RedisReads fetched;

  RedisTx(Redis redis, RedisAttempts attempts, Map<String, String> fences) {
    this.redis = redis;
    this.attempts = attempts;
    this.fences = fences;
    this.fetched = new RedisReads(redis);
  }

  @Override
  public StoreMap map(String name) {
    return new RedisMap(redis, this, name, writes.computeIfAbsent(name, n -> new TreeMap<>()));
  }

  @Override
  public void prefetch(String map, java.util.Collection<String> keys) {
    fetched.hint(map, keys);
  }

  /** The committed value (null: none), fetched with every pending hint; recorded for the commit. */
  byte[] read(String map, String key) {
    byte[] value = fetched.get(map, key);
    reads.putIfAbsent(id(map, key), new Read(map, key, RedisReads.version(value), false));
    return value;
  }

  /** True when the key has no committed value, assumed without a read unless known otherwise. */
  boolean absent(String map, String key) {
    if (fetched.has(map, key) || attempts.mustRead(id(map, key))) {
      return read(map, key) == null;
    }
    reads.putIfAbsent(id(map, key), new Read(map, key, "", true));
    return true;
  }

  @Override
  public void putNumbered(
      String map, String sequence, int count, byte[] head, byte[] tail, LongSupplier last) {
    entries.add(new Entry(map, sequence, count, head, tail, last));
  }

  @Override
  public boolean incrementIfBelow(String group, Map<String, Long> limits) {
    if (attempts.refused(group)) {
      return false;
    }
    takes.add(new Take(group, new LinkedHashMap<>(limits)));
    return true;
  }

  @Override
  public void add(String group, Map<String, Long> deltas) {
    Map<String, Long> merged = adds.computeIfAbsent(group, g -> new LinkedHashMap<>());
    deltas.forEach((field, delta) -> merged.merge(field, delta, Long::sum));
  }

  @Override
  public void onCommit(Runnable action) {
    afterCommit.add(action);
  }

  @Override
  public void onRollback(Runnable action) {
    afterRollback.add(action);
  }

  /** True when the commit has anything to write; a read-only transaction needs no commit. */
  boolean writes() {
    return !takes.isEmpty()
        || !adds.isEmpty()
        || !entries.isEmpty()
        || writes.values().stream().anyMatch(w -> !w.isEmpty());
  }

  /** The keys whose reads the commit found changed, and the takes it refused, for the next try. */
  void conflicted(int read, int take) {
    if (read > 0) {
      Read changed = new ArrayList<>(reads.values()).get(read - 1);
      attempts.changed(id(changed.map(), changed.key()), changed.assumed());
    }
    if (take > 0) {
      attempts.refuse(takes.get(take - 1).group());
    }
  }

  Set<String> maps() {
    Set<String> names = new LinkedHashSet<>(writes.keySet());
    reads.values().forEach(r -> names.add(r.map()));
    return names;
  }

  private static String id(String map, String key) {
    return map + '\u0000' + key;
  }
}
