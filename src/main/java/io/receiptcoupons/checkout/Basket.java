package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.ProductIndex;
import io.receiptcoupons.campaign.ProductSets;
import io.receiptcoupons.campaign.model.ProductSet;
import io.receiptcoupons.member.Totals;
import io.receiptcoupons.member.TransactionTotals;
import java.util.List;
import java.util.Map;

/** A basket's totals per history key; the checkout counts once per key ("times" = 1). */
final class Basket {
  private Basket() {}

  static Map<String, Totals> totals(List<LineItem> items, ProductIndex index) {
    TransactionTotals totals = new TransactionTotals(index);
    items.forEach(i -> totals.add(i.sku(), i.category(), i.brand(), i.quantity(), i.unitPrice()));
    return totals.close();
  }

  /** True when some item belongs to {@code set}; a null set holds everything. */
  static boolean holdsAny(List<LineItem> items, ProductSet set) {
    return items.stream()
        .anyMatch(i -> ProductSets.contains(set, i.sku(), i.category(), i.brand()));
  }
}
