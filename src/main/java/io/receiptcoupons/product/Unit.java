package io.receiptcoupons.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A unit of measure for items sold by volume or weight. History counts measured amounts in
 * thousandths of a litre or kilogram (ml, g), so every amount is a whole number of its base.
 */
public enum Unit {
  L("l", "ml", 1000),
  ML("ml", "ml", 1),
  KG("kg", "g", 1000),
  G("g", "g", 1);

  /** The largest amount one line may carry, in base units: 1,000 l or 1,000 kg. */
  public static final long MAX_BASE = 1_000_000;

  /** The units a request or a campaign may name. */
  public static final String PATTERN = "l|ml|kg|g";

  private final String code;
  private final String base;
  private final int perUnit;

  Unit(String code, String base, int perUnit) {
    this.code = code;
    this.base = base;
    this.perUnit = perUnit;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The base unit (ml or g) that history sums in; it also names the measured history key. */
  public String base() {
    return base;
  }

  /** Base units in one of this unit: 1000 ml in a litre. */
  public int perUnit() {
    return perUnit;
  }

  /** The amount in base units; empty when it is not a whole number of them. */
  public java.util.OptionalLong toBase(BigDecimal amount) {
    BigDecimal base = amount.multiply(BigDecimal.valueOf(perUnit));
    return base.stripTrailingZeros().scale() > 0
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(base.longValue());
  }

  @JsonCreator
  public static Unit of(String code) {
    return code == null
        ? null
        : Arrays.stream(values())
            .filter(u -> u.code.equals(code))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unit must be one of " + PATTERN));
  }
}
