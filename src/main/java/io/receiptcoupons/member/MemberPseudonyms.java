package io.receiptcoupons.member;

import io.receiptcoupons.system.Hmac;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Base64;

/**
 * Turns card numbers into keyed pseudonyms, so that no raw card number is ever stored or logged.
 */
@ApplicationScoped
public class MemberPseudonyms {

  private final Hmac hmac;

  MemberPseudonyms(ProgrammeConfig config) {
    this.hmac = new Hmac(config.secret());
  }

  /** A stable 128-bit pseudonym, URL-safe, 22 characters. */
  public String of(String cardNumber) {
    byte[] mac = hmac.sign("member:" + cardNumber);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, 16));
  }
}
