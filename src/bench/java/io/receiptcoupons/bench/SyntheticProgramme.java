package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.LifestyleScores;
import io.receiptcoupons.campaign.model.BasketCondition;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.CouponSpec;
import io.receiptcoupons.campaign.model.HistoryCondition;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.campaign.model.Schedule;
import io.receiptcoupons.campaign.model.ProductSet;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.member.Gender;
import io.receiptcoupons.member.MemberProfile;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.Totals;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded synthetic campaigns and members over a catalogue of N categories, for benchmarks. */
final class SyntheticProgramme {

  static final LocalDate DAY = LocalDate.of(2026, 11, 20);
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
  List<Campaign> campaigns(int n) {
    List<Campaign> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(100);
      Condition history = history(random.nextInt(categories));
      Condition c =
          kind < 70 ? history : kind < 85 ? all(history, member()) : basket(random.nextInt(categories));
      out.add(campaign("c" + i, c));
    }
    return out;
  }

  /** A member with history in 40-80 categories over the last year. */
  PurchaseHistory history() {
    PurchaseHistory h = PurchaseHistory.empty();
    int keys = 40 + random.nextInt(40);
    for (int k = 0; k < keys; k++) {
      String category = category(random.nextInt(categories));
      int times = 1 + random.nextInt(12);
      for (int t = 0; t < times; t++) {
        Map<String, Totals> basket = new HashMap<>();
        for (String key : io.receiptcoupons.campaign.ProductKeys.categoryLevels(category)) {
          basket.put(key, new Totals(1, 1, 300));
        }
        h.record((int) DAY.toEpochDay() - random.nextInt(365), basket);
      }
    }
    return h;
  }

  Map<String, Totals> basket() {
    Map<String, Totals> basket = new HashMap<>();
    for (int i = 0; i < 8; i++) {
      for (String key : io.receiptcoupons.campaign.ProductKeys.categoryLevels(category(random.nextInt(categories)))) {
        basket.put(key, new Totals(1, 1 + random.nextInt(3), 400));
      }
    }
    return basket;
  }

  MemberProfile profile() {
    Gender g = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
    return new MemberProfile(g, DAY.minusYears(18 + random.nextInt(60)), "150", DAY.minusYears(3), Map.of(), false);
  }

  private Condition history(int category) {
    int days = WINDOWS[random.nextInt(WINDOWS.length)];
    long atLeast = 2 + random.nextInt(7);
    var h = new HistoryCondition(set(category), Metric.TIMES, atLeast, null, days);
    return new Condition(null, null, null, h, null, null, null, null);
  }

  private Condition basket(int category) {
    var b = new BasketCondition(set(category), Metric.QUANTITY, 2L, null);
    return new Condition(null, null, null, null, b, null, null, null);
  }

  private Condition member() {
    MemberCondition m =
        random.nextBoolean()
            ? new MemberCondition(Gender.FEMALE, null, null, null)
            : new MemberCondition(null, new Range(20, 39), null, null);
    return new Condition(null, null, null, null, null, m, null, null);
  }

  private static Condition all(Condition a, Condition b) {
    return new Condition(List.of(a, b), null, null, null, null, null, null, null);
  }

  private static ProductSet set(int category) {
    return new ProductSet(List.of(category(category)), null, null);
  }

  private static Campaign campaign(String id, Condition c) {
    OffsetDateTime from = OffsetDateTime.parse("2026-01-01T00:00:00+09:00");
    var coupon =
        new CouponSpec("t", List.of("l"), new Offer(Offer.Type.AMOUNT_OFF, 10L), null, new CouponSpec.Validity(7, 0));
    return new Campaign(id, id, "s", 1, new Schedule(from, from.plusYears(2), null, null), c, null, coupon);
  }

  static LifestyleScores noScores() {
    return LifestyleScores.NONE;
  }
}
