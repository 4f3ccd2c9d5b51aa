package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** When a campaign runs: from (inclusive) until (exclusive), as instants with an offset. */
public record Period(@NotNull OffsetDateTime from, @NotNull OffsetDateTime until) {

  @JsonIgnore
  @AssertTrue(message = "until must be after from")
  public boolean isOrdered() {
    return from == null || until == null || until.isAfter(from);
  }
}
