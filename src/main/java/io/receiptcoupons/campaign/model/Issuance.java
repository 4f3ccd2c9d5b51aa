package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Who of the eligible gets the coupon: chance, holdout, budget, per-member caps, exclusivity. */
public record Issuance(
    @DecimalMin(value = "0.0", message = "must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "must be between 0 and 1")
        Double probability,
    @DecimalMin(value = "0.0", message = "must be between 0 and 0.5")
        @DecimalMax(value = "0.5", message = "must be between 0 and 0.5")
        Double holdout,
    @Valid Budget budget,
    @Valid PerMember perMember,
    @Pattern(regexp = Campaign.ID, message = "must be lower-case letters, digits and -")
        String exclusivityGroup) {

  public static final Issuance ALWAYS = new Issuance(1.0, 0.0, null, null, null);

  public Issuance {
    probability = probability == null ? 1.0 : probability;
    holdout = holdout == null ? 0.0 : holdout;
  }

  /** Coupons the sponsor pays for: in total and, optionally, per local day. */
  public record Budget(@Min(1) long total, @Min(1) Long perDay) {

    @JsonIgnore
    @AssertTrue(message = "perDay must not exceed total")
    public boolean isConsistent() {
      return perDay == null || perDay <= total;
    }

    // The one place the budget is judged spent; SharedSpend hands these limits to its atomic step.

    /** Every coupon of the total is in use. */
    public boolean spent(long used) {
      return used >= total;
    }

    /** The day's share is in use (never, without a daily budget). */
    public boolean spentOn(long usedThatDay) {
      return perDay != null && usedThatDay >= perDay;
    }

    /** One more coupon may be issued on a day with these counts. */
    public boolean hasRoom(long used, long usedThatDay) {
      return !spent(used) && !spentOn(usedThatDay);
    }
  }

  /** At most {@code max} coupons per member, at least {@code minDaysBetween} days apart. */
  public record PerMember(
      @Min(1) @Max(1000) Integer max, @Min(1) @Max(400) Integer minDaysBetween) {

    @JsonIgnore
    @AssertTrue(message = "needs max or minDaysBetween")
    public boolean isBounded() {
      return max != null || minDaysBetween != null;
    }
  }
}
