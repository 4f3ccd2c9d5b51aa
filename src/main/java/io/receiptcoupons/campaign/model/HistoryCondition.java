package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.product.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** "Bought the product set N+ times (or 20+ l) in the last D days": a metric over the history. */
public record HistoryCondition(
    @NotNull @Valid ProductSet products,
    @NotNull Metric metric,
    @PositiveOrZero Long atLeast,
    @PositiveOrZero Long atMost,
    @NotNull @Min(1) Integer days,
    Unit unit) {

  public HistoryCondition(
      ProductSet products, Metric metric, Long atLeast, Long atMost, Integer days) {
    this(products, metric, atLeast, atMost, days, null);
  }

  @JsonIgnore
  @AssertTrue(message = "needs atLeast or atMost, with atLeast <= atMost")
  public boolean isBounded() {
    return Bounds.valid(atLeast, atMost);
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
