package io.receiptcoupons.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under one key, safe to share across threads (a Mac instance is not). */
public final class Hmac {
  private final ThreadLocal<Mac> macs;

  public Hmac(String secret) {
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  public byte[] sign(String message) {
    return sign(message.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] sign(byte[] message) {
    return macs.get().doFinal(message);
  }

  /** A uniform draw in [0, 1) determined by the message: the same message, the same draw. */
  public double draw(String message) {
    long bits = java.nio.ByteBuffer.wrap(sign(message)).getLong() >>> 11;
    return bits / (double) (1L << 53);
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
