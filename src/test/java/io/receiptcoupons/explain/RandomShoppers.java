package io.receiptcoupons.explain;

import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.product.ProductIndex;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.product.TransactionTotals;
import io.receiptcoupons.shopper.Gender;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random members, histories, baskets and stores, built the way checkouts build them. */
final class RandomShoppers {

  static final List<String> CATEGORIES =
      List.of(
          "beverages/tea/green-tea",
          "beverages/tea/black-tea",
          "beverages/coffee/drip",
          "beverages/energy-drinks",
          "alcohol/beer/lager",
          "food/rice-balls",
          "fresh/seafood/fish",
          "snacks/chips");
  static final List<String> CATEGORY_PREFIXES =
      List.of(
          "beverages",
          "beverages/tea",
          "beverages/tea/green-tea",
          "beverages/coffee",
          "beverages/energy-drinks",
          "alcohol/beer",
          "food",
          "fresh/seafood",
          "snacks/chips");
  static final List<String> SCORES = List.of("fish-lover", "wine-lover", "home-baker");
  private static final List<String> STORES = List.of("S0001", "S0012", "S0101", "S0014");
  static final List<String> JOBS = List.of("spring", "summer", "autumn");
  private static final LocalDate D = LocalDate.of(2026, 11, 20);

  private final Random random;
  private final ProductIndex products;

  RandomShoppers(Random random, ProductIndex products) {
    this.random = random;
    this.products = products;
  }

  static String brand(Random r) {
    return List.of("acme", "blue-mountain", "kirin", "crunchy").get(r.nextInt(4));
  }

  static String sku(Random r) {
    return "49000000000" + r.nextInt(10);
  }

  /** One member at one checkout: history recorded before the rules run, as the checkout does. */
  Evaluation next() {
    LocalDate date = D.plusDays(random.nextInt(30));
    PurchaseHistory history = PurchaseHistory.empty();
    int transactions = random.nextInt(40);
    for (int i = 0; i < transactions; i++) {
      history.record((int) date.toEpochDay() - random.nextInt(400), basket());
    }
    Map<String, Totals> basket = random.nextInt(5) == 0 ? Map.of() : basket();
    history.record((int) date.toEpochDay(), basket);
    String store = STORES.get(random.nextInt(STORES.size()));
    return new Evaluation(history, basket, profile(), store, date, partnerLists());
  }

  // Each of acme's job lists holds about half the shoppers; "beta/spring" no campaign names.
  private Set<String> partnerLists() {
    Set<String> on = new HashSet<>();
    JOBS.stream().filter(j -> random.nextBoolean()).forEach(j -> on.add("acme/" + j));
    if (random.nextBoolean()) {
      on.add("beta/spring");
    }
    return on;
  }

  private Map<String, Totals> basket() {
    TransactionTotals totals = new TransactionTotals(products);
    int items = 1 + random.nextInt(4);
    for (int i = 0; i < items; i++) {
      String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
      String brand = random.nextInt(4) == 0 ? null : brand(random);
      totals.add(sku(random), category, brand, 1 + random.nextInt(6), random.nextInt(800));
    }
    return totals.close();
  }

  private MemberProfile profile() {
    Map<String, Integer> scores = new HashMap<>();
    SCORES.stream()
        .filter(s -> random.nextBoolean())
        .forEach(s -> scores.put(s, random.nextInt(101)));
    return new MemberProfile(
        Gender.values()[random.nextInt(4)],
        random.nextInt(4) == 0 ? null : D.minusDays(random.nextInt(60 * 365)),
        List.of("150", "151", "160").get(random.nextInt(3)),
        random.nextInt(4) == 0 ? null : D.minusDays(random.nextInt(3000)),
        scores,
        false);
  }
}
