package io.receiptcoupons.bench.http;

import java.util.HashMap;
import java.util.Map;

/** Benchmark arguments as key=value words, e.g. {@code campaigns=1000 seconds=20}. */
public final class Args {

  private final Map<String, String> values = new HashMap<>();

  public Args(String[] args) {
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("expected key=value, got " + a);
      }
      values.put(a.substring(0, eq), a.substring(eq + 1));
    }
  }

  public int integer(String key, int otherwise) {
    return values.containsKey(key) ? Integer.parseInt(values.get(key)) : otherwise;
  }

  public String text(String key, String otherwise) {
    return values.getOrDefault(key, otherwise);
  }
}
