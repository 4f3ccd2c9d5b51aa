package io.receiptcoupons.shopper;

import com.fasterxml.jackson.annotation.JsonValue;

/** Gender as the member declared it at enrolment; unknown when not declared. */
public enum Gender {
  UNKNOWN,
  FEMALE,
  MALE,
  OTHER;

  @JsonValue
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @com.fasterxml.jackson.annotation.JsonCreator
  public static Gender of(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
