package io.receiptcoupons.coupon;

import io.receiptcoupons.system.Hmac;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signed coupon codes: key id, campaign tag, validity and serial, sealed by a truncated HMAC. Any
 * till holding the keys checks a code offline; without a key it cannot be forged or guessed.
 */
@ApplicationScoped
public class CouponCodes {

  static final int BODY = 13;
  static final int MAC = 5;
  private static final long EPOCH = LocalDate.of(2020, 1, 1).toEpochDay();
  private final Map<Integer, Hmac> keys = new HashMap<>();
  private final int signingKey;

  CouponCodes(CodeConfig config) {
    config.keys().forEach((id, secret) -> keys.put(keyId(id), new Hmac(secret)));
    this.signingKey = config.signingKey();
    if (!keys.containsKey(signingKey)) {
      throw new IllegalStateException("coupons.codes.keys has no key " + signingKey + " to sign");
    }
  }

  public int signingKey() {
    return signingKey;
  }

  /** The printable code for {@code f}, signed with the key that {@code f} names. */
  public String encode(CodeFields f) {
    ByteBuffer body = ByteBuffer.allocate(BODY + MAC);
    body.put((byte) f.keyId()).putInt(f.campaignTag());
    body.putShort((short) (f.validFrom().toEpochDay() - EPOCH));
    body.putShort((short) (f.validUntil().toEpochDay() - f.validFrom().toEpochDay()));
    body.putInt(f.serial());
    byte[] bytes = body.array();
    System.arraycopy(mac(f.keyId(), bytes), 0, bytes, BODY, MAC);
    return Crockford.encode(bytes);
  }

  /** The fields of a genuine code; empty when it is malformed, tampered or under no known key. */
  public Optional<CodeFields> verify(String code) {
    byte[] bytes = code == null ? null : Crockford.decode(code, BODY + MAC);
    if (bytes == null || !keys.containsKey(bytes[0] & 0xFF)) {
      return Optional.empty();
    }
    byte[] expected = mac(bytes[0] & 0xFF, bytes);
    byte[] actual = Arrays.copyOfRange(bytes, BODY, BODY + MAC);
    if (!MessageDigest.isEqual(expected, actual)) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int key = b.get() & 0xFF;
    int tag = b.getInt();
    LocalDate from = LocalDate.ofEpochDay(EPOCH + (b.getShort() & 0xFFFF));
    LocalDate until = from.plusDays(b.getShort() & 0xFFFF);
    return Optional.of(new CodeFields(key, tag, from, until, b.getInt()));
  }

  /** A code in the canonical form that the registry keys on. */
  public static String canonical(String code) {
    return Crockford.normalise(code);
  }

  private byte[] mac(int keyId, byte[] bytes) {
    byte[] body = Arrays.copyOf(bytes, BODY);
    return Arrays.copyOf(keys.get(keyId).sign(body), MAC);
  }

  private static int keyId(String id) {
    int k = Integer.parseInt(id.trim());
    if (k < 1 || k > 255) {
      throw new IllegalStateException("coupons.codes.keys ids must be 1-255, not " + id);
    }
    return k;
  }
}
