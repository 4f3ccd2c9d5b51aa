package io.receiptcoupons.checkout;

import io.receiptcoupons.product.LineItem;
import io.receiptcoupons.system.Sha256;

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
      // A counted line hashes as it did when quantity was an integer, so retries across the
      // upgrade still replay; a measured line adds its unit, so 42.35 l differs from 42.35 kg.
      if (i.measure() == null) {
        field(s, String.valueOf(i.count()));
      } else {
        field(s, i.quantity().stripTrailingZeros().toPlainString());
        field(s, i.unit());
      }
      field(s, String.valueOf(i.unitPrice()));
    }
    return Sha256.hex(s.toString(), 64);
  }

  // Length-prefixed, so that no two different bodies can concatenate to the same text.
  private static void field(StringBuilder s, String value) {
    String v = value == null ? "\u0000" : value;
    s.append(v.length()).append(':').append(v);
  }
}
