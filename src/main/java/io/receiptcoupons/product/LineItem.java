package io.receiptcoupons.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the basket: whole units, or an amount in a unit of measure (fuel by the litre, meat
 * by the gram). Prices are yen, integers: per unit, or per l, ml, kg or g.
 */
@QuantityFits
public record LineItem(
    @Schema(description = "JAN/EAN or store SKU", example = "4901234567894")
        @NotNull
        @Pattern(regexp = ProductSet.SKU, message = "must be 1-64 of A-Za-z0-9_.-")
        String sku,
    @Schema(
            description = "Category path from the product master",
            example = "beverages/tea/green-tea")
        @NotNull
        @Pattern(
            regexp = ProductSet.CATEGORY,
            message = "must be a path like beverages/tea/green-tea")
        String category,
    @Schema(example = "acme")
        @Pattern(regexp = ProductSet.BRAND, message = "must be 1-64 plain characters")
        String brand,
    @Schema(
            description =
                "Without unit: whole units, 1-9999. With unit: the amount sold by measure, more"
                    + " than 0 and at most 1000 l or kg (1000000 ml or g), in whole ml or g",
            example = "2")
        @NotNull
        BigDecimal quantity,
    @Schema(
            description =
                "Absent for counted items; l, ml, kg or g for an item sold by measure, e.g."
                    + " quantity 42.35 with unit l",
            enumeration = {"l", "ml", "kg", "g"})
        @Pattern(regexp = Unit.PATTERN, message = "must be l, ml, kg or g")
        String unit,
    @Schema(description = "Yen per unit, or per l, ml, kg or g", example = "150")
        @NotNull
        @Min(0)
        @Max(100_000_000)
        Long unitPrice) {

  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(9999);
  private static final java.util.regex.Pattern CSV_QUANTITY =
      java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(" + Unit.PATTERN + ")?");

  /** A counted line, as every till sent before measured items. */
  public LineItem(String sku, String category, String brand, int quantity, long unitPrice) {
    this(sku, category, brand, BigDecimal.valueOf(quantity), null, unitPrice);
  }

  /** A line from a CSV row, whose quantity is "6" or an amount and its unit, such as "42.35l". */
  public static LineItem parse(
      String sku, String category, String brand, String quantity, long unitPrice) {
    Matcher m = CSV_QUANTITY.matcher(quantity);
    if (!m.matches()) {
      throw new IllegalArgumentException("quantity '" + quantity + "' is not like 6 or 42.35l");
    }
    LineItem item =
        new LineItem(sku, category, brand, new BigDecimal(m.group(1)), m.group(2), unitPrice);
    String problem = item.quantityProblem();
    if (problem != null) {
      throw new IllegalArgumentException("quantity '" + quantity + "' " + problem);
    }
    return item;
  }

  /** The unit of a measured line; null for a counted one. */
  public Unit measure() {
    return unit == null || !unit.matches(Unit.PATTERN) ? null : Unit.of(unit);
  }

  /** Units for a counted line; a measured line is one item (one fill-up, one pack of meat). */
  public int count() {
    return measure() == null ? quantity.intValue() : 1;
  }

  /** The measured amount in base units (ml or g); 0 for a counted line. */
  public long measured() {
    Unit u = measure();
    return u == null ? 0 : u.toBase(quantity).orElse(0);
  }

  /** Yen for the line; a measured amount times its unit price, rounded half up. */
  public long spend() {
    return quantity
        .multiply(BigDecimal.valueOf(unitPrice))
        .setScale(0, RoundingMode.HALF_UP)
        .longValue();
  }

  /** Why the quantity does not suit the unit, or null when it does. */
  public String quantityProblem() {
    if (quantity == null) {
      return null;
    }
    Unit u = measure();
    if (u == null) {
      boolean whole = quantity.stripTrailingZeros().scale() <= 0;
      return whole && quantity.signum() > 0 && quantity.compareTo(MAX_COUNT) <= 0
          ? null
          : "must be a whole number from 1 to 9999 (or give a unit: l, ml, kg, g)";
    }
    var base = u.toBase(quantity);
    if (base.isEmpty()) {
      return "must be a whole number of " + u.base() + " (at most 3 decimals in l or kg)";
    }
    return base.getAsLong() > 0 && base.getAsLong() <= Unit.MAX_BASE
        ? null
        : "must be more than 0 and at most 1000 l or kg (1000000 ml or g)";
  }
}
