package io.receiptcoupons.authoring.scenario;

import io.receiptcoupons.product.LineItem;
import io.receiptcoupons.product.ProductSet;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One line of a scenario's basket; quantity defaults to 1 and unitPrice to 100 yen. */
public record Item(
    @Pattern(regexp = ProductSet.SKU) String sku,
    @NotNull @Pattern(regexp = ProductSet.CATEGORY) String category,
    @Pattern(regexp = ProductSet.BRAND) String brand,
    @Min(1) @Max(9999) Integer quantity,
    @Min(0) @Max(100_000_000) Long unitPrice) {

  /** The SKU of an item whose SKU the scenario does not care about. */
  static final String ANY_SKU = "scenario-item";

  LineItem line() {
    return new LineItem(
        sku == null ? ANY_SKU : sku,
        category,
        brand,
        quantity == null ? 1 : quantity,
        unitPrice == null ? 100L : unitPrice);
  }
}
