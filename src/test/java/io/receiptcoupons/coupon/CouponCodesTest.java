package io.receiptcoupons.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CouponCodesTest {

  private static final CodeFields FIELDS =
      new CodeFields(1, 0x12345678, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 15), -7);

  @Test
  void aCodeCarriesItsFieldsAndVerifiesOffline() {
    CouponCodes codes = codes(1, Map.of("1", "secret-one"));
    String code = codes.encode(FIELDS);
    assertThat(code).hasSize(29).matches("[0-9A-HJKMNP-TV-Z]+");
    assertThat(codes.verify(code)).contains(FIELDS);
    assertThat(codes.verify(code.toLowerCase().replace("0", "o"))).contains(FIELDS);
  }

  @Test
  void everySingleCharacterChangeIsDetected() {
    CouponCodes codes = codes(1, Map.of("1", "secret-one"));
    String code = codes.encode(FIELDS);
    String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for (int i = 0; i < code.length(); i++) {
      for (char c : alphabet.toCharArray()) {
        if (c != code.charAt(i)) {
          String tampered = code.substring(0, i) + c + code.substring(i + 1);
          assertThat(codes.verify(tampered)).as(tampered).isEmpty();
        }
      }
    }
  }

  @Test
  void rotatedKeysVerifyOldCodesUntilTheOldKeyIsRemoved() {
    String old = codes(1, Map.of("1", "secret-one")).encode(FIELDS);
    CouponCodes rotated = codes(2, Map.of("1", "secret-one", "2", "secret-two"));
    String fresh = rotated.encode(new CodeFields(2, 1, FIELDS.validFrom(), FIELDS.validUntil(), 9));

    assertThat(rotated.verify(old)).isPresent();
    assertThat(rotated.verify(fresh)).isPresent();
    CouponCodes retired = codes(2, Map.of("2", "secret-two"));
    assertThat(retired.verify(old)).as("key 1 retired").isEmpty();
    assertThat(retired.verify(fresh)).isPresent();
    assertThat(codes(1, Map.of("1", "another-secret")).verify(old)).as("wrong secret").isEmpty();
  }

  private static CouponCodes codes(int signing, Map<String, String> keys) {
    return new CouponCodes(
        new CodeConfig() {
          @Override
          public int signingKey() {
            return signing;
          }

          @Override
          public Map<String, String> keys() {
            return keys;
          }
        });
  }
}
