package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** When a campaign runs: from (inclusive) until (exclusive), on some weekdays and hours. */
public record Schedule(
    @NotNull OffsetDateTime from,
    @NotNull OffsetDateTime until,
    @Size(min = 1, max = 7) List<@NotNull DayOfWeek> daysOfWeek,
    @Valid Hours hours) {

  /** Local hours of the day, from (inclusive) until (exclusive), in the programme's zone. */
  public record Hours(
      @NotNull @Min(0) @Max(23) Integer from, @NotNull @Min(1) @Max(24) Integer until) {

    @JsonIgnore
    @AssertTrue(message = "until must be after from")
    public boolean isOrdered() {
      return from == null || until == null || until > from;
    }
  }

  @JsonIgnore
  @AssertTrue(message = "until must be after from")
  public boolean isOrdered() {
    return from == null || until == null || until.isAfter(from);
  }

  /** True when {@code at} lies in the period and, in {@code zone}, on a listed day and hour. */
  public boolean isLiveAt(Instant at, ZoneId zone) {
    if (at.isBefore(from.toInstant()) || !at.isBefore(until.toInstant())) {
      return false;
    }
    ZonedDateTime local = at.atZone(zone);
    boolean day = daysOfWeek == null || daysOfWeek.contains(local.getDayOfWeek());
    return day
        && (hours == null || local.getHour() >= hours.from() && local.getHour() < hours.until());
  }
}
