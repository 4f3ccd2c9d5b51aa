package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A lifestyle score (0-100) threshold, for a score named in _lifestyle-scores.yaml. */
public record LifestyleCondition(
    @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String score,
    @Min(0) @Max(100) Integer atLeast,
    @Min(0) @Max(100) Integer atMost) {

  @JsonIgnore
  @AssertTrue(message = "needs atLeast or atMost, with atLeast <= atMost")
  public boolean isBounded() {
    return Bounds.valid(atLeast, atMost);
  }
}
