package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The checkout happens at one of these stores, or at a store of one of these groups. */
public record StoreCondition(
    @Size(min = 1, max = 500) List<@NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}") String> ids,
    @Size(min = 1, max = 50) List<@NotNull @Pattern(regexp = Campaign.ID) String> groups) {

  @JsonIgnore
  @AssertTrue(message = "needs ids or groups")
  public boolean isTargeted() {
    return ids != null || groups != null;
  }
}
