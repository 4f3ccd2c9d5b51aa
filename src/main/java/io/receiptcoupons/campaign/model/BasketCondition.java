package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.product.ProductSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A predicate on the current basket: units or yen of a product set in this checkout. */
public record BasketCondition(
    @NotNull @Valid ProductSet products,
    @NotNull Metric metric,
    @PositiveOrZero Long atLeast,
    @PositiveOrZero Long atMost) {

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
}
