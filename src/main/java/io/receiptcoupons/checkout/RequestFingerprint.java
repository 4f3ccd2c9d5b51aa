package io.receiptcoupons.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A hash of what a checkout says, so that a retry can be told from a different body. */
final class RequestFingerprint {
  private RequestFingerprint() {}

  static String of(CheckoutRequest r) {
    StringBuilder s = new StringBuilder();
    field(s, r.transactionId());
    field(s, r.memberId());
    field(s, r.storeId());
    field(s, r.terminalId());
    field(s, r.occurredAt().toInstant().toString());
    for (LineItem i : r.items()) {
      field(s, i.sku());
      field(s, i.category());
      field(s, i.brand());
      field(s, String.valueOf(i.quantity()));
      field(s, String.valueOf(i.unitPrice()));
    }
    return sha256(s.toString());
  }

  // Length-prefixed, so that no two different bodies can concatenate to the same text.
  private static void field(StringBuilder s, String value) {
    String v = value == null ? "\u0000" : value;
    s.append(v.length()).append(':').append(v);
  }

  private static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
