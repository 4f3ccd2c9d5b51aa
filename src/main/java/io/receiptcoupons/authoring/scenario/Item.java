package io.receiptcoupons.authoring.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.product.LineItem;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.product.Unit;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * One line of a scenario's basket; quantity (in unit, if given) defaults to 1 and unitPrice to 100
 * yen.
 */
public record Item(
    @Pattern(regexp = ProductSet.SKU) String sku,
    @NotNull @Pattern(regexp = ProductSet.CATEGORY) String category,
    @Pattern(regexp = ProductSet.BRAND) String brand,
    BigDecimal quantity,
    @Pattern(regexp = Unit.PATTERN, message = "must be l, ml, kg or g") String unit,
    @Min(0) @Max(100_000_000) Long unitPrice) {

  /** The SKU of an item whose SKU the scenario does not care about. */
  static final String ANY_SKU = "scenario-item";

  @JsonIgnore
  @AssertTrue(message = "must suit the unit: whole units 1-9999, or up to 1000 l or kg")
  public boolean isQuantityFit() {
    return line().quantityProblem() == null;
  }

  LineItem line() {
    return new LineItem(
        sku == null ? ANY_SKU : sku,
        category,
        brand,
        quantity == null ? BigDecimal.ONE : quantity,
        unit,
        unitPrice == null ? 100L : unitPrice);
  }
}
