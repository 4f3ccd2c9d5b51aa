package io.receiptcoupons.authoring.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.product.LineItem;
import io.receiptcoupons.product.ProductSet;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A past purchase, replayed as {@code times} real checkouts: {@code daysAgo} days before the
 * scenario (or on {@code date}) at the scenario's time of day, of one item.
 */
public record Purchase(
    @Min(1) @Max(400) Integer daysAgo,
    LocalDate date,
    @Min(1) @Max(100) Integer times,
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}") String store,
    @Pattern(regexp = ProductSet.SKU) String sku,
    @NotNull @Pattern(regexp = ProductSet.CATEGORY) String category,
    @Pattern(regexp = ProductSet.BRAND) String brand,
    @Min(1) @Max(9999) Integer quantity,
    @Min(0) @Max(100_000_000) Long unitPrice) {

  @JsonIgnore
  @AssertTrue(message = "needs exactly one of daysAgo or date")
  public boolean isDated() {
    return (daysAgo == null) != (date == null);
  }

  int count() {
    return times == null ? 1 : times;
  }

  /** When it happened, relative to the scenario's checkout {@code at}, in the programme zone. */
  OffsetDateTime when(OffsetDateTime at, ZoneId zone) {
    var local = at.atZoneSameInstant(zone);
    var day = date != null ? local.with(date) : local.minusDays(daysAgo);
    return day.toOffsetDateTime();
  }

  LineItem line() {
    return new Item(sku, category, brand, quantity, unitPrice).line();
  }
}
