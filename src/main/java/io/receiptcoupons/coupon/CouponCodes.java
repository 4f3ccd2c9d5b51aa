package io.receiptcoupons.coupon;

import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Coupon codes as keyed signatures of (campaign, transaction): unguessable without the secret, and
 * the same on every retry.
 */
@ApplicationScoped
public class CouponCodes {

  // Crockford base32: no I, L, O or U, so a code read aloud or keyed in is hard to mistype.
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int SIGNATURE_CHARS = 16;
  private final ThreadLocal<Mac> macs;

  CouponCodes(ProgrammeConfig config) {
    byte[] key = config.secret().getBytes(StandardCharsets.UTF_8);
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  public String code(String campaignId, String transactionId) {
    byte[] mac =
        macs.get()
            .doFinal(
                ("coupon:" + campaignId + ":" + transactionId).getBytes(StandardCharsets.UTF_8));
    StringBuilder code = new StringBuilder("C1");
    long bits = 0;
    int available = 0;
    for (int i = 0; code.length() < 2 + SIGNATURE_CHARS; ) {
      if (available < 5) {
        bits = (bits << 8) | (mac[i++] & 0xFF);
        available += 8;
      }
      code.append(ALPHABET[(int) (bits >>> (available - 5)) & 31]);
      available -= 5;
    }
    return code.toString();
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
