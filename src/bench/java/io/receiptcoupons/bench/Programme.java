package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.product.Totals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A seeded source of campaigns and shoppers for the engine benchmarks. */
interface Programme {

  LocalDate DAY = LocalDate.of(2026, 11, 20);

  List<Campaign> campaigns(int n);

  Shopper shopper();

  /** One checkout's input: the member's history and profile, and the basket. */
  record Shopper(PurchaseHistory history, MemberProfile profile, Map<String, Totals> basket) {}

  static Programme named(String name) throws java.io.IOException {
    return switch (name) {
      case "dunnhumby" -> new DunnhumbyProgramme(java.nio.file.Path.of("src/bench/resources"));
      case "dense" -> new SyntheticProgramme(300);
      default -> throw new IllegalArgumentException("unknown programme " + name);
    };
  }
}
