package io.receiptcoupons.bench.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Five campaigns written for the dunnhumby category paths, live through calendar 2017. */
final class ReplayCampaigns {

  private static final String SCHEDULE =
      "schedule:\n  from: 2016-12-01T00:00:00-05:00\n  until: 2018-02-01T00:00:00-05:00\n";

  static final Map<String, String> CONDITIONS =
      Map.of(
          "soft-drinks-regular",
          "  history: { products: { categories: [grocery/soft-drinks] }, metric: times, atLeast: 2, days: 90 }\n",
          "cereal-with-milk",
          "  all:\n"
              + "    - basket: { products: { categories: [grocery/fluid-milk-products] }, metric: quantity, atLeast: 1 }\n"
              + "    - history: { products: { categories: [grocery/cold-cereal] }, metric: times, atLeast: 1, days: 180 }\n",
          "snack-basket",
          "  basket: { products: { categories: [grocery/bag-snacks] }, metric: quantity, atLeast: 2 }\n",
          "beef-spender",
          "  history: { products: { categories: [meat/beef] }, metric: spend, atLeast: 2000, days: 180 }\n",
          "cheese-again",
          "  history: { products: { categories: [grocery/cheese] }, metric: times, atLeast: 3, days: 365 }\n");

  private ReplayCampaigns() {}

  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    int priority = 10;
    for (Map.Entry<String, String> c : CONDITIONS.entrySet()) {
      String yaml =
          "id: " + c.getKey() + "\nname: Replay " + c.getKey() + "\nsponsor: Bench\npriority: " + priority
              + "\n" + SCHEDULE + "conditions:\n" + c.getValue()
              + (c.getKey().equals("cheese-again") ? "issuance:\n  perMember: { minDaysBetween: 30 }\n" : "")
              + "coupon:\n  title: 50 cents off\n  lines: [Thank you]\n"
              + "  offer: { type: amount-off, value: 50 }\n  validity: { days: 14 }\n";
      Files.writeString(dir.resolve(c.getKey() + ".yaml"), yaml);
      priority += 10;
    }
  }
}
