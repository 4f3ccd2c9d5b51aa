package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.ProductIndex;
import io.receiptcoupons.member.Totals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A basket's totals per history key; the checkout counts once per key ("times" = 1). */
final class Basket {
  private Basket() {}

  static Map<String, Totals> totals(List<LineItem> items, ProductIndex index) {
    Map<String, Totals> totals = new HashMap<>();
    for (LineItem item : items) {
      Totals line = new Totals(0, item.quantity(), item.quantity() * item.unitPrice());
      index.keysOf(
          item.sku(), item.category(), item.brand(), key -> totals.merge(key, line, Totals::plus));
    }
    totals.replaceAll((key, t) -> new Totals(1, t.quantity(), t.spend()));
    return totals;
  }
}
