package io.receiptcoupons.coupon;

import io.receiptcoupons.system.Hmac;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Coupon codes as keyed signatures of (campaign, transaction): unguessable without the secret, and
 * the same on every retry.
 */
@ApplicationScoped
public class CouponCodes {

  // Crockford base32: no I, L, O or U, so a code read aloud or keyed in is hard to mistype.
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int SIGNATURE_CHARS = 16;
  private final Hmac hmac;

  CouponCodes(ProgrammeConfig config) {
    this.hmac = new Hmac(config.secret());
  }

  public String code(String campaignId, String transactionId) {
    byte[] mac = hmac.sign("coupon:" + campaignId + ":" + transactionId);
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
}
