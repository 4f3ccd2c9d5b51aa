package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;

/** An inclusive range of whole numbers; either end may be open. */
public record Range(@PositiveOrZero Integer atLeast, @PositiveOrZero Integer atMost) {

  @JsonIgnore
  @AssertTrue(message = "needs atLeast or atMost, with atLeast <= atMost")
  public boolean isBounded() {
    return Bounds.valid(atLeast, atMost);
  }
}
