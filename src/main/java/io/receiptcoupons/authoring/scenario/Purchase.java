package io.receiptcoupons.authoring.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.product.LineItem;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.product.Unit;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
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
    BigDecimal quantity,
    @Pattern(regexp = Unit.PATTERN, message = "must be l, ml, kg or g") String unit,
    @Min(0) @Max(100_000_000) Long unitPrice) {

  @JsonIgnore
  @AssertTrue(message = "needs exactly one of daysAgo or date")
  public boolean isDated() {
    return (daysAgo == null) != (date == null);
  }

  @JsonIgnore
  @AssertTrue(message = "must suit the unit: whole units 1-9999, or up to 1000 l or kg")
  public boolean isQuantityFit() {
    return line().quantityProblem() == null;
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
    return new Item(sku, category, brand, quantity, unit, unitPrice).line();
  }
}
