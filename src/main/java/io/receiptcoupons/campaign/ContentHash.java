package io.receiptcoupons.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over named texts, so that a ruleset version changes exactly when its sources do. */
public final class ContentHash {
  private final MessageDigest digest;

  public ContentHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public ContentHash add(String name, String text) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    return this;
  }

  /** The first 12 hex digits: enough to tell rulesets apart in logs and responses. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
  }
}
