package io.receiptcoupons.product;

import java.util.HashMap;
import java.util.Map;

/**
 * One transaction's totals per history key: units and yen summed over its items, and "times" 1 for
 * every key it touches. Live checkouts and imports share it, so both count history alike.
 */
public final class TransactionTotals {

  private final ProductIndex products;
  // Per key: units, yen. Mutable, as an import adds several million lines.
  private final Map<String, long[]> sums = new HashMap<>();

  public TransactionTotals(ProductIndex products) {
    this.products = products;
  }

  public void add(String sku, String category, String brand, int quantity, long unitPrice) {
    products.keysOf(sku, category, brand, key -> add(key, quantity, quantity * unitPrice));
  }

  /**
   * A line of either kind. A measured line counts as one item under each key, and its amount (ml or
   * g) under the key's measured twin, which only "quantity in a unit" conditions read.
   */
  public void add(LineItem item) {
    Unit unit = item.measure();
    long spend = item.spend();
    products.keysOf(
        item.sku(),
        item.category(),
        item.brand(),
        key -> {
          add(key, item.count(), spend);
          if (unit != null) {
            add(ProductKeys.measured(key, unit), item.measured(), spend);
          }
        });
  }

  private void add(String key, long quantity, long spend) {
    long[] sum = sums.get(key);
    if (sum == null) {
      sums.put(key, new long[] {quantity, spend});
    } else {
      sum[0] += quantity;
      sum[1] += spend;
    }
  }

  /** The transaction's per-key totals, each counting it once; starts afresh for the next one. */
  public Map<String, Totals> close() {
    Map<String, Totals> out = new HashMap<>(sums.size() * 2);
    sums.forEach((key, sum) -> out.put(key, new Totals(1, (int) sum[0], sum[1])));
    sums.clear();
    return out;
  }
}
