package io.receiptcoupons.shopper;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/** The attributes rules may use. No names, no addresses, no sensitive traits: only these fields. */
public record MemberProfile(
    Gender gender,
    @Past LocalDate birthDate,
    @Pattern(regexp = "[0-9A-Za-z-]{1,10}", message = "must be a postal prefix like 150")
        String area,
    @PastOrPresent LocalDate joinDate,
    @Size(max = 64)
        Map<
                @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String,
                @NotNull @Min(0) @Max(100) Integer>
            scores,
    boolean optedOut) {

  public static final MemberProfile UNKNOWN =
      new MemberProfile(Gender.UNKNOWN, null, null, null, Map.of(), false);

  public MemberProfile {
    gender = gender == null ? Gender.UNKNOWN : gender;
    scores = scores == null ? Map.of() : Map.copyOf(scores);
  }

  /** Age in whole years on {@code date}, or -1 when the birth date is unknown. */
  public int ageOn(LocalDate date) {
    return birthDate == null ? -1 : Period.between(birthDate, date).getYears();
  }

  /** Days since joining on {@code date}, or -1 when the join date is unknown. */
  public int tenureDaysOn(LocalDate date) {
    return joinDate == null ? -1 : (int) (date.toEpochDay() - joinDate.toEpochDay());
  }
}
