package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.TestCampaigns;
import io.receiptcoupons.campaign.model.BasketCondition;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.HistoryCondition;
import io.receiptcoupons.campaign.model.LifestyleCondition;
import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.campaign.model.StoreCondition;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.product.ProductKeys;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.shopper.Gender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random campaign trees over every predicate the compiler supports, on a small universe. */
final class RandomProgramme {

  static final List<ProductSet> SETS =
      List.of(
          set(List.of("tea"), List.of()),
          set(List.of("tea/green"), List.of()),
          set(List.of("coffee"), List.of()),
          set(List.of("snacks/chips"), List.of()),
          set(List.of(), List.of("zoom")),
          set(List.of("tea", "coffee"), List.of()),
          set(List.of("beer"), List.of("zoom")));
  static final List<String> KEYS = SETS.stream().map(ProductKeys::of).toList();
  static final List<String> AREAS = List.of("150", "160", "530");
  static final List<String> STORES = List.of("S1", "S2", "S3", "S4");
  static final LifestyleScores SCORES =
      new LifestyleScores(
          List.of(
              new LifestyleScores.Score("outdoor", "likes camping"),
              new LifestyleScores.Score("foodie", "cooks a lot")));
  static final StoreGroups GROUPS = new StoreGroups(Map.of("tokyo", List.of("S1", "S2")));
  private static final int[] DAYS = {1, 7, 30, 90, 400};
  private final Random r;

  RandomProgramme(Random r) {
    this.r = r;
  }

  List<Campaign> campaigns(int n) {
    List<Campaign> out = new ArrayList<>();
    while (out.size() < n) {
      Condition c = tree(3);
      try {
        Dnf.of(c);
        out.add(TestCampaigns.withConditions("c" + out.size(), c));
      } catch (IllegalArgumentException tooManyAlternatives) {
        // The loader rejects such campaigns too; draw another.
      }
    }
    return out;
  }

  Condition tree(int depth) {
    int kind = r.nextInt(depth > 0 ? 10 : 6);
    return switch (kind) {
      case 6, 7 -> new Condition(children(depth), null, null, null, null, null, null, null);
      case 8 -> new Condition(null, children(depth), null, null, null, null, null, null);
      case 9 -> new Condition(null, null, tree(depth - 1), null, null, null, null, null);
      default -> leaf(kind);
    };
  }

  private List<Condition> children(int depth) {
    List<Condition> c = new ArrayList<>();
    for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) {
      c.add(tree(depth - 1));
    }
    return c;
  }

  private Condition leaf(int kind) {
    return switch (kind) {
      case 0, 1 -> leaf(history(), null, null, null, null);
      case 2 -> leaf(null, basket(), null, null, null);
      case 3 -> leaf(null, null, member(), null, null);
      case 4 -> leaf(null, null, null, lifestyle(), null);
      default -> leaf(null, null, null, null, store());
    };
  }

  private HistoryCondition history() {
    Metric m = Metric.values()[r.nextInt(3)];
    long scale = m == Metric.SPEND ? 300 : m == Metric.QUANTITY ? 2 : 1;
    Long[] b = bounds(scale);
    return new HistoryCondition(pick(SETS), m, b[0], b[1], DAYS[r.nextInt(DAYS.length)]);
  }

  private BasketCondition basket() {
    Metric m = r.nextBoolean() ? Metric.QUANTITY : Metric.SPEND;
    Long[] b = bounds(m == Metric.SPEND ? 300 : 1);
    return new BasketCondition(pick(SETS), m, b[0], b[1]);
  }

  /** atLeast, atMost or both, including 0 (a count that holds for members with no history). */
  private Long[] bounds(long scale) {
    Long low = r.nextInt(3) == 0 ? null : (long) r.nextInt(4) * scale;
    Long high =
        low != null && r.nextBoolean() ? null : (low == null ? 0 : low) + r.nextInt(4) * scale;
    return new Long[] {low, high};
  }

  private MemberCondition member() {
    Gender g = r.nextInt(3) == 0 ? (r.nextBoolean() ? Gender.FEMALE : Gender.MALE) : null;
    Range age = g == null || r.nextBoolean() ? range(20, 60) : null;
    List<String> areas = r.nextInt(3) == 0 ? List.of(pick(AREAS)) : null;
    Range tenure = r.nextInt(3) == 0 ? range(0, 1000) : null;
    return new MemberCondition(g, age, areas, tenure);
  }

  private LifestyleCondition lifestyle() {
    Range range = range(0, 100);
    return new LifestyleCondition(
        r.nextBoolean() ? "outdoor" : "foodie", range.atLeast(), range.atMost());
  }

  private StoreCondition store() {
    return r.nextBoolean()
        ? new StoreCondition(List.of(pick(STORES)), null)
        : new StoreCondition(null, List.of("tokyo"));
  }

  private Range range(int low, int high) {
    int a = low + r.nextInt(high - low);
    int b = a + r.nextInt(high - a + 1);
    return switch (r.nextInt(3)) {
      case 0 -> new Range(a, null);
      case 1 -> new Range(null, b);
      default -> new Range(a, b);
    };
  }

  private <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static Condition leaf(
      HistoryCondition h,
      BasketCondition b,
      MemberCondition m,
      LifestyleCondition l,
      StoreCondition s) {
    return new Condition(null, null, null, h, b, m, l, s);
  }

  private static ProductSet set(List<String> categories, List<String> brands) {
    return new ProductSet(categories, brands, null);
  }
}
