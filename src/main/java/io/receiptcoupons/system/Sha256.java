package io.receiptcoupons.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, for content hashes and fingerprints. */
public final class Sha256 {
  private Sha256() {}

  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The hex digest of {@code text}, cut to its first {@code chars} characters. */
  public static String hex(String text, int chars) {
    byte[] d = newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d).substring(0, chars);
  }
}
