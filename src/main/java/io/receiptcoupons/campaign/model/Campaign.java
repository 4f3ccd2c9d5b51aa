package io.receiptcoupons.campaign.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One campaign, as a campaign manager writes it in campaigns/ID.yaml. */
public record Campaign(
    @NotNull @Pattern(regexp = Campaign.ID, message = "must be lower-case letters, digits and -")
        String id,
    @NotBlank @Size(max = 120) String name,
    @NotBlank @Size(max = 120) String sponsor,
    @Min(0) @Max(1000) int priority,
    @NotNull @Valid Schedule schedule,
    @NotNull @Valid Condition conditions,
    @Valid Issuance issuance,
    @NotNull @Valid CouponSpec coupon) {

  public static final String ID = "[a-z0-9][a-z0-9-]{0,63}";

  public Campaign {
    issuance = issuance == null ? Issuance.ALWAYS : issuance;
  }
}
