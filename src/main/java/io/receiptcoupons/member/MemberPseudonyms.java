package io.receiptcoupons.member;

import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns card numbers into keyed pseudonyms, so that no raw card number is ever stored or logged.
 */
@ApplicationScoped
public class MemberPseudonyms {

  private final ThreadLocal<Mac> macs;

  MemberPseudonyms(ProgrammeConfig config) {
    byte[] key = config.secret().getBytes(StandardCharsets.UTF_8);
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  /** A stable 128-bit pseudonym, URL-safe, 22 characters. */
  public String of(String cardNumber) {
    byte[] mac = macs.get().doFinal(("member:" + cardNumber).getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, 16));
  }

  private static Mac newMac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
