package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.product.ProductSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** "Bought the product set N+ times in the last D days": a metric over the member's history. */
public record HistoryCondition(
    @NotNull @Valid ProductSet products,
    @NotNull Metric metric,
    @PositiveOrZero Long atLeast,
    @PositiveOrZero Long atMost,
    @NotNull @Min(1) Integer days) {

  @JsonIgnore
  @AssertTrue(message = "needs atLeast or atMost, with atLeast <= atMost")
  public boolean isBounded() {
    return Bounds.valid(atLeast, atMost);
  }
}
