package io.receiptcoupons.bench;

import io.receiptcoupons.product.ProductKeys;
import io.receiptcoupons.product.Totals;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Sets thresholds the way a campaign manager targets an audience: the smallest count that at most
 * a given share of a reference population of shoppers reaches.
 */
final class Audience {

  private final List<Programme.Shopper> population;
  private final Map<String, long[]> sorted = new HashMap<>();

  Audience(List<Programme.Shopper> population) {
    this.population = population;
  }

  /** A history threshold (at least 1) reached by about {@code share} of the population. */
  long history(String category, int days, String metric, double share) {
    String key = "c:" + ProductKeys.normalise(category);
    int day = (int) Programme.DAY.toEpochDay();
    return threshold(
        "h" + days + metric + key,
        s -> pick(s.history().window(key, day, days), metric),
        share);
  }

  /** A basket threshold (at least 1) reached by about {@code share} of the population. */
  long basket(String category, String metric, double share) {
    String key = "c:" + ProductKeys.normalise(category);
    return threshold(
        "b" + metric + key,
        s -> pick(s.basket().getOrDefault(key, Totals.ZERO), metric),
        share);
  }

  private long threshold(String id, ToLongFunction<Programme.Shopper> value, double share) {
    long[] desc = sorted.computeIfAbsent(id, k -> descending(value));
    int c = (int) Math.max(1, Math.ceil(share * desc.length));
    long t = Math.max(1, desc[c - 1]);
    long reach = Arrays.stream(desc).filter(v -> v >= t).count();
    return reach > 3L * c ? t + 1 : t;
  }

  private long[] descending(ToLongFunction<Programme.Shopper> value) {
    long[] v = population.stream().mapToLong(value).map(x -> -x).sorted().map(x -> -x).toArray();
    return v;
  }

  private static long pick(Totals t, String metric) {
    return switch (metric) {
      case "times" -> t.times();
      case "quantity" -> t.quantity();
      default -> t.spend();
    };
  }
}
