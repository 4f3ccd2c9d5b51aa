package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.product.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A predicate on the current basket: units or yen of a product set in this checkout. */
public record BasketCondition(
    @NotNull @Valid ProductSet products,
    @NotNull Metric metric,
    @PositiveOrZero Long atLeast,
    @PositiveOrZero Long atMost,
    Unit unit) {

  public BasketCondition(ProductSet products, Metric metric, Long atLeast, Long atMost) {
    this(products, metric, atLeast, atMost, null);
  }

  @JsonIgnore
  @AssertTrue(message = "needs atLeast or atMost, with atLeast <= atMost")
  public boolean isBounded() {
    return Bounds.valid(atLeast, atMost);
  }

  @JsonIgnore
  @AssertTrue(message = "basket metric must be quantity or spend")
  public boolean isBasketMetric() {
    return metric != Metric.TIMES;
  }

  @JsonIgnore
  @AssertTrue(message = "unit goes with metric quantity only")
  public boolean isUnitOnQuantity() {
    return unit == null || metric == Metric.QUANTITY;
  }

  /** The history key read: the product set's, or its measured twin when a unit is named. */
  public String key() {
    return Measures.key(products, unit);
  }

  /** atLeast in what the key sums: base units (ml, g) when a unit is named. */
  public Long scaledAtLeast() {
    return Measures.scale(atLeast, unit);
  }

  public Long scaledAtMost() {
    return Measures.scale(atMost, unit);
  }
}
