package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.Gender;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random checkouts over {@link RandomProgramme}'s keys, unknown attributes included. */
final class RandomCheckouts {

  static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private final Random r;

  RandomCheckouts(Random r) {
    this.r = r;
  }

  TreeSemantics.Input next() {
    return new TreeSemantics.Input(history(), basket(), profile(), store(), DAY);
  }

  private PurchaseHistory history() {
    PurchaseHistory h = PurchaseHistory.empty();
    for (int i = 0, n = r.nextInt(12); i < n; i++) {
      Map<String, Totals> receipt = new HashMap<>();
      for (String key : RandomProgramme.KEYS) {
        if (r.nextInt(3) == 0) {
          int units = 1 + r.nextInt(3);
          receipt.put(key, new Totals(1, units, units * (100L + r.nextInt(400))));
        }
      }
      h.record((int) DAY.toEpochDay() - r.nextInt(420), receipt);
    }
    return h;
  }

  private Map<String, Totals> basket() {
    Map<String, Totals> basket = new HashMap<>();
    for (String key : RandomProgramme.KEYS) {
      if (r.nextInt(4) == 0) {
        int units = r.nextInt(5);
        basket.put(key, new Totals(1, units, units * (100L + r.nextInt(400))));
      }
    }
    return basket;
  }

  private MemberProfile profile() {
    Gender gender = Gender.values()[r.nextInt(Gender.values().length)];
    LocalDate birth = r.nextInt(5) == 0 ? null : DAY.minusDays(r.nextInt(80 * 366));
    String area = r.nextInt(4) == 0 ? null : pick(List.of("150", "160", "530", "999"));
    LocalDate joined = r.nextInt(4) == 0 ? null : DAY.minusDays(r.nextInt(1500));
    Map<String, Integer> scores = new HashMap<>();
    for (String name : List.of("outdoor", "foodie")) {
      if (r.nextInt(3) > 0) {
        scores.put(name, r.nextInt(101));
      }
    }
    return new MemberProfile(gender, birth, area, joined, scores, false);
  }

  private String store() {
    return pick(List.of("S1", "S2", "S3", "S4", "S9"));
  }

  private <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
