package io.receiptcoupons.bench;

import io.receiptcoupons.product.ProductKeys;
import io.receiptcoupons.shopper.Gender;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.product.Totals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Members modelled on dunnhumby households: a household's sampled line items, scaled to a year,
 * spread over receipts of about 20 items; each item repeats one of the member's earlier types
 * (60%) or is drawn from the population's purchases.
 */
final class DunnhumbyShoppers {

  static final double REPEAT = 0.6;
  private static final List<String> AREAS =
      List.of("100", "105", "150", "160", "170", "220", "231", "530", "600", "810");
  private final DunnhumbyCatalogue catalogue;
  private final Random random;

  DunnhumbyShoppers(DunnhumbyCatalogue catalogue, Random random) {
    this.catalogue = catalogue;
    this.random = random;
  }

  static String area(Random r) {
    return AREAS.get(r.nextInt(AREAS.size()));
  }

  Programme.Shopper next() {
    String[] household = catalogue.households.get(random.nextInt(catalogue.households.size()));
    int items = (int) Math.max(1, Math.round(Integer.parseInt(household[0]) * DunnhumbyCatalogue.SCALE));
    List<Integer> bought = new ArrayList<>();
    PurchaseHistory history = PurchaseHistory.empty();
    int day = (int) Programme.DAY.toEpochDay();
    for (int done = 0; done < items; done += DunnhumbyCatalogue.ITEMS_PER_RECEIPT) {
      int size = Math.min(DunnhumbyCatalogue.ITEMS_PER_RECEIPT, items - done);
      history.record(day - 1 - random.nextInt(364), receipt(size, bought));
    }
    return new Programme.Shopper(history, profile(household), receipt(DunnhumbyCatalogue.ITEMS_PER_RECEIPT, bought));
  }

  /** One receipt's totals per history key: each key counts the receipt once. */
  private Map<String, Totals> receipt(int size, List<Integer> bought) {
    Map<String, Totals> perKey = new HashMap<>();
    for (int i = 0; i < size; i++) {
      int type =
          !bought.isEmpty() && random.nextDouble() < REPEAT
              ? bought.get(random.nextInt(bought.size()))
              : catalogue.purchasedType(random);
      bought.add(type);
      int units = 1 + (random.nextInt(4) == 0 ? 1 : 0);
      Totals t = new Totals(1, units, units * catalogue.yenPerItem(type));
      for (String key : ProductKeys.categoryLevels(catalogue.types.get(type))) {
        perKey.merge(key, t, (a, b) -> new Totals(1, a.quantity() + b.quantity(), a.spend() + b.spend()));
      }
    }
    return perKey;
  }

  private MemberProfile profile(String[] household) {
    Gender gender =
        switch (household.length > 2 ? household[2] : "") {
          case "female" -> Gender.FEMALE;
          case "male" -> Gender.MALE;
          default -> Gender.UNKNOWN;
        };
    var day = Programme.DAY;
    var birth = household[1].isEmpty() ? null : day.minusYears(age(household[1]));
    return new MemberProfile(gender, birth, area(random), day.minusDays(30 + random.nextInt(2000)), Map.of(), false);
  }

  /** An age inside the band ("19-24", "45-54", "65+"). */
  private int age(String band) {
    String[] ends = band.replace("+", "-75").split("-");
    int low = Integer.parseInt(ends[0].trim());
    int high = Integer.parseInt(ends[1].trim());
    return low + random.nextInt(high - low + 1);
  }
}
