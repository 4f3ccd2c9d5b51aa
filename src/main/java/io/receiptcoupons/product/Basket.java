package io.receiptcoupons.product;

import java.util.List;
import java.util.Map;

/** A basket's totals per history key; the checkout counts once per key ("times" = 1). */
public final class Basket {
  private Basket() {}

  public static Map<String, Totals> totals(List<LineItem> items, ProductIndex index) {
    TransactionTotals totals = new TransactionTotals(index);
    items.forEach(totals::add);
    return totals.close();
  }

  /** True when some item belongs to {@code set}; a null set holds everything. */
  public static boolean holdsAny(List<LineItem> items, ProductSet set) {
    return items.stream()
        .anyMatch(i -> ProductSets.contains(set, i.sku(), i.category(), i.brand()));
  }
}
