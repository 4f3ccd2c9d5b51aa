package io.receiptcoupons.bench;

import static io.receiptcoupons.bench.Conditions.all;
import static io.receiptcoupons.bench.Conditions.any;
import static io.receiptcoupons.bench.Conditions.basket;
import static io.receiptcoupons.campaign.TestCampaigns.withConditions;
import static io.receiptcoupons.bench.Conditions.not;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.shopper.Gender;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Campaigns over dunnhumby's category space (department/category/type), placed in proportion to how
 * many households buy there, each with a threshold that reaches 0.1-2% of members ({@link
 * Audience}); shoppers from {@link DunnhumbyShoppers}.
 */
final class DunnhumbyProgramme implements Programme {

  private static final int[] WINDOWS = {30, 90, 180, 365};
  private final Random random = new Random(42);
  private final DunnhumbyCatalogue catalogue;
  private final DunnhumbyShoppers shoppers;
  private final Audience audience;

  DunnhumbyProgramme(Path resources) throws IOException {
    catalogue = new DunnhumbyCatalogue(resources);
    shoppers = new DunnhumbyShoppers(catalogue, new Random(7));
    DunnhumbyShoppers reference = new DunnhumbyShoppers(catalogue, new Random(11));
    audience = new Audience(Stream.generate(reference::next).limit(1000).toList());
  }

  @Override
  public Shopper shopper() {
    return shoppers.next();
  }

  /**
   * 50% history; 15% history and a member fold; 15% basket; 10% basket and history (cross-sell);
   * 5% either of two histories; 5% lapsed (bought in the year, not in the last 30 days).
   */
  @Override
  public List<Campaign> campaigns(int n) {
    List<Campaign> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(withConditions("c" + i, conditions(random.nextInt(100))));
    }
    return out;
  }

  private Condition conditions(int kind) {
    if (kind < 50) {
      return history();
    }
    if (kind < 65) {
      return all(history(), member());
    }
    if (kind < 80) {
      String key = target();
      return basket(key, Metric.QUANTITY, audience.basket(key, "quantity", share()));
    }
    if (kind < 90) {
      String key = target();
      return all(basket(key, Metric.QUANTITY, audience.basket(key, "quantity", 0.5)), history());
    }
    if (kind < 95) {
      return any(history(), history());
    }
    String key = target();
    long times = audience.history(key, 365, "times", share());
    return all(
        Conditions.history(key, Metric.TIMES, times, null, 365),
        not(Conditions.history(key, Metric.TIMES, 1L, null, 30)));
  }

  /** A type (70%) or a whole category (30%). */
  private String target() {
    return random.nextInt(10) < 7 ? catalogue.targetType(random) : catalogue.targetCategory(random);
  }

  /** Each campaign aims at 0.1% to 2% of members. */
  private double share() {
    return 0.001 + random.nextDouble() * 0.019;
  }

  /** Times (80%), units (10%) or yen (10%) in a window of 30 to 365 days. */
  private Condition history() {
    int days = WINDOWS[random.nextInt(WINDOWS.length)];
    String key = target();
    int m = random.nextInt(10);
    Metric metric = m < 8 ? Metric.TIMES : m < 9 ? Metric.QUANTITY : Metric.SPEND;
    long atLeast = audience.history(key, days, metric.field(), share());
    return Conditions.history(key, metric, atLeast, null, days);
  }

  private Condition member() {
    int kind = random.nextInt(3);
    MemberCondition m =
        kind == 0
            ? new MemberCondition(random.nextBoolean() ? Gender.FEMALE : Gender.MALE, null, null, null)
            : kind == 1
                ? new MemberCondition(null, new Range(25 + 10 * random.nextInt(4), null), null, null)
                : new MemberCondition(null, null, List.of(DunnhumbyShoppers.area(random)), null);
    return Conditions.member(m);
  }
}
