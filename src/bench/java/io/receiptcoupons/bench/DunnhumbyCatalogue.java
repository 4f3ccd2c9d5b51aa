package io.receiptcoupons.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The shipped dunnhumby summary: product types, their popularity, and the households' volumes. */
final class DunnhumbyCatalogue {

  /** Sampled line items to a year's line items: the sample is 75,000 of 1,469,307. */
  static final double SCALE = DunnhumbySummary.FULL_LINE_ITEMS / 75_000;

  /**
   * Line items per receipt: solving sampled receipts = receipts x (1 - (1 - rate)^k) for k with
   * 47,243 sampled receipts gives about 20.
   */
  static final int ITEMS_PER_RECEIPT = 20;

  final List<String> types = new ArrayList<>();
  final List<Integer> typeItems = new ArrayList<>();
  final List<Integer> typeBuyers = new ArrayList<>();
  final List<Long> typeCents = new ArrayList<>();
  final Map<String, Integer> categoryBuyers = new LinkedHashMap<>();
  final List<String[]> households = new ArrayList<>();
  private final Weighted purchases;
  private final Weighted typeTargets;
  private final Weighted categoryTargets;

  DunnhumbyCatalogue(Path dir) throws IOException {
    for (String[] f : rows(dir.resolve("dunnhumby-types.csv"))) {
      types.add(f[0]);
      typeItems.add(Integer.parseInt(f[1]));
      typeBuyers.add(Integer.parseInt(f[2]));
      typeCents.add(Long.parseLong(f[3]));
      String category = f[0].substring(0, f[0].lastIndexOf('/'));
      categoryBuyers.merge(category, Integer.parseInt(f[2]), Integer::sum);
    }
    households.addAll(rows(dir.resolve("dunnhumby-households.csv")));
    purchases = new Weighted(typeItems.stream().mapToDouble(i -> i).toArray());
    // Campaign managers target what people buy, but any type may have a campaign.
    typeTargets = new Weighted(typeBuyers.stream().mapToDouble(b -> b + 1).toArray());
    categoryTargets =
        new Weighted(categoryBuyers.values().stream().mapToDouble(b -> b + 1).toArray());
  }

  int purchasedType(Random r) {
    return purchases.draw(r);
  }

  String targetType(Random r) {
    return types.get(typeTargets.draw(r));
  }

  String targetCategory(Random r) {
    return new ArrayList<>(categoryBuyers.keySet()).get(categoryTargets.draw(r));
  }

  /** Yen per unit of a type: the sample's mean line value in USD cents, at 1.5 yen a cent. */
  long yenPerItem(int type) {
    return Math.max(1, Math.round(1.5 * typeCents.get(type) / Math.max(1, typeItems.get(type))));
  }

  private static List<String[]> rows(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(l -> !l.startsWith("#"))
        .skip(1)
        .map(l -> l.split(",", -1))
        .toList();
  }
}
