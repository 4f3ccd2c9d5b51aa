package io.receiptcoupons.campaign.model;

import io.receiptcoupons.product.ProductSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What prints: title, receipt lines, the offer, the products it applies to, and its validity. */
public record CouponSpec(
    @NotBlank @Size(max = 48) String title,
    @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 48) String> lines,
    @NotNull @Valid Offer offer,
    @Valid ProductSet appliesTo,
    @NotNull @Valid Validity validity) {

  /** Valid from the checkout's local date plus startsAfterDays, for {@code days} days. */
  public record Validity(
      @NotNull @Min(1) @Max(366) Integer days, @Min(0) @Max(90) int startsAfterDays) {}
}
