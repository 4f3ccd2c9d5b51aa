package io.receiptcoupons.campaign;

import io.receiptcoupons.system.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 over named texts, so that a ruleset version changes exactly when its sources do. */
public final class ContentHash {
  private final MessageDigest digest;

  public ContentHash() {
    digest = Sha256.newDigest();
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
