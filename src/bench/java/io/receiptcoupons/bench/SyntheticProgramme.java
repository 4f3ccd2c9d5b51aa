package io.receiptcoupons.bench;

import static io.receiptcoupons.bench.Conditions.all;
import static io.receiptcoupons.campaign.TestCampaigns.withConditions;

import io.receiptcoupons.product.ProductKeys;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.shopper.Gender;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.product.Totals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The dense synthetic case: a catalogue of N categories, each member in 40-80 of them. */
final class SyntheticProgramme implements Programme {

  private static final int[] WINDOWS = {30, 90, 180, 365};
  private final Random random = new Random(42);
  private final int categories;

  SyntheticProgramme(int categories) {
    this.categories = categories;
  }

  static String category(int i) {
    return "dept" + (i % 12) + "/cat" + (i % 60) + "/type" + i;
  }

  /** 70% history-only, 15% history with a gender or age fold, 15% basket triggers. */
  @Override
  public List<Campaign> campaigns(int n) {
    List<Campaign> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(100);
      Condition history = history(random.nextInt(categories));
      Condition c =
          kind < 70
              ? history
              : kind < 85
                  ? all(history, member())
                  : Conditions.basket(category(random.nextInt(categories)), Metric.QUANTITY, 2);
      out.add(withConditions("c" + i, c));
    }
    return out;
  }

  @Override
  public Shopper shopper() {
    return new Shopper(history(), profile(), basket());
  }

  private PurchaseHistory history() {
    PurchaseHistory h = PurchaseHistory.empty();
    int keys = 40 + random.nextInt(40);
    for (int k = 0; k < keys; k++) {
      String category = category(random.nextInt(categories));
      int times = 1 + random.nextInt(12);
      for (int t = 0; t < times; t++) {
        Map<String, Totals> basket = new HashMap<>();
        for (String key : ProductKeys.categoryLevels(category)) {
          basket.put(key, new Totals(1, 1, 300));
        }
        h.record((int) DAY.toEpochDay() - random.nextInt(365), basket);
      }
    }
    return h;
  }

  private Map<String, Totals> basket() {
    Map<String, Totals> basket = new HashMap<>();
    for (int i = 0; i < 8; i++) {
      for (String key : ProductKeys.categoryLevels(category(random.nextInt(categories)))) {
        basket.put(key, new Totals(1, 1 + random.nextInt(3), 400));
      }
    }
    return basket;
  }

  private MemberProfile profile() {
    Gender g = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
    return new MemberProfile(
        g, DAY.minusYears(18 + random.nextInt(60)), "150", DAY.minusYears(3), Map.of(), false);
  }

  private Condition history(int category) {
    int days = WINDOWS[random.nextInt(WINDOWS.length)];
    long atLeast = 2 + random.nextInt(7);
    return Conditions.history(category(category), Metric.TIMES, atLeast, null, days);
  }

  private Condition member() {
    MemberCondition m =
        random.nextBoolean()
            ? new MemberCondition(Gender.FEMALE, null, null, null)
            : new MemberCondition(null, new Range(20, 39), null, null);
    return Conditions.member(m);
  }
}
