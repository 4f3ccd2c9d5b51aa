package io.receiptcoupons.member;

import io.receiptcoupons.campaign.ProductIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One transaction's totals per history key: units and yen summed over its items, and "times" 1 for
 * every key it touches. Live checkouts and imports share it, so both count history alike.
 */
public final class TransactionTotals {

  private final ProductIndex products;
  private final Map<String, Totals> sums = new HashMap<>();

  public TransactionTotals(ProductIndex products) {
    this.products = products;
  }

  public void add(String sku, String category, String brand, int quantity, long unitPrice) {
    Totals line = new Totals(0, quantity, quantity * unitPrice);
    products.keysOf(sku, category, brand, key -> sums.merge(key, line, Totals::plus));
  }

  /** As {@link #add(String, String, String, int, long)}, with the product's keys looked up. */
  public void add(List<String> keys, int quantity, long unitPrice) {
    Totals line = new Totals(0, quantity, quantity * unitPrice);
    for (int i = 0; i < keys.size(); i++) {
      sums.merge(keys.get(i), line, Totals::plus);
    }
  }

  /** The transaction's per-key totals, each counting it once; starts afresh for the next one. */
  public Map<String, Totals> close() {
    Map<String, Totals> out = new HashMap<>(sums.size() * 2);
    sums.forEach((key, t) -> out.put(key, new Totals(1, t.quantity(), t.spend())));
    sums.clear();
    return out;
  }
}
