package io.receiptcoupons.system.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Committed keys of one map from {@code from} to {@code to}, read from its index in pages. */
final class RedisRange implements Iterator<Map.Entry<String, byte[]>> {

  static final int PAGE = 500;
  private static final byte[] NO_VALUE = new byte[0];

  private final Redis redis;
  private final byte[] index;
  private final byte[] max;
  private final Function<List<byte[]>, List<byte[]>> values;
  private final Deque<Map.Entry<String, byte[]>> page = new ArrayDeque<>();
  private byte[] min;
  private boolean exhausted;

  /** With {@code values} null only keys are read, each with an empty value. */
  RedisRange(
      Redis redis,
      byte[] index,
      String from,
      String to,
      Function<List<byte[]>, List<byte[]>> values) {
    this.redis = redis;
    this.index = index;
    this.min = from == null ? bytes("-") : bytes("[" + from);
    this.max = to == null ? bytes("+") : bytes("[" + to);
    this.values = values;
  }

  @Override
  public boolean hasNext() {
    while (page.isEmpty() && !exhausted) {
      fetch();
    }
    return !page.isEmpty();
  }

  @Override
  public Map.Entry<String, byte[]> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.removeFirst();
  }

  private void fetch() {
    List<byte[]> keys = redis.call(j -> j.zrangeByLex(index, min, max, 0, PAGE));
    exhausted = keys.size() < PAGE;
    if (keys.isEmpty()) {
      return;
    }
    min = concat((byte) '(', keys.get(keys.size() - 1));
    List<byte[]> found = values == null ? null : values.apply(keys);
    for (int i = 0; i < keys.size(); i++) {
      byte[] value = found == null ? NO_VALUE : found.get(i);
      // A key removed between the two reads is simply gone.
      if (value != null) {
        page.add(RedisMap.entry(new String(keys.get(i), StandardCharsets.UTF_8), value));
      }
    }
  }

  /** The greatest committed key that the transaction has not removed, or null. */
  static String lastKey(Redis redis, byte[] index, NavigableMap<String, byte[]> writes) {
    byte[] max = bytes("+");
    while (true) {
      byte[] upper = max;
      List<byte[]> keys = redis.call(j -> j.zrevrangeByLex(index, upper, bytes("-"), 0, 16));
      for (byte[] k : keys) {
        String key = new String(k, StandardCharsets.UTF_8);
        if (writes.get(key) != RedisMap.REMOVED) {
          return key;
        }
      }
      if (keys.size() < 16) {
        return null;
      }
      max = concat((byte) '(', keys.get(keys.size() - 1));
    }
  }

  /** The buffered writes within the range, bounds inclusive and null meaning open. */
  static Iterator<Map.Entry<String, byte[]>> slice(
      NavigableMap<String, byte[]> writes, String from, String to) {
    NavigableMap<String, byte[]> lower = from == null ? writes : writes.tailMap(from, true);
    return (to == null ? lower : lower.headMap(to, true)).entrySet().iterator();
  }

  private static byte[] concat(byte first, byte[] rest) {
    byte[] out = new byte[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
