package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.shopper.Gender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Member attributes: all the given fields must hold. Unknown attributes never match. */
public record MemberCondition(
    Gender gender,
    @Valid Range age,
    @Size(min = 1, max = 200) List<@NotNull @Pattern(regexp = "[0-9A-Za-z-]{1,10}") String> areas,
    @Valid Range tenureDays) {

  @JsonIgnore
  @AssertTrue(message = "needs gender, age, areas or tenureDays")
  public boolean isNonEmpty() {
    return gender != null || age != null || areas != null || tenureDays != null;
  }

  @JsonIgnore
  @AssertTrue(message = "gender must be female, male or other")
  public boolean isKnownGender() {
    return gender != Gender.UNKNOWN;
  }
}
