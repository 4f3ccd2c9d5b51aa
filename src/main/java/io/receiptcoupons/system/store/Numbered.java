package io.receiptcoupons.system.store;

import java.io.ByteArrayOutputStream;

/** The key and value of a numbered entry ({@link StoreTx#putNumbered}), the same in every store. */
final class Numbered {

  private Numbered() {}

  // Fixed-width hex sorts in number order.
  static String key(long number) {
    String hex = Long.toHexString(number);
    return "0".repeat(16 - hex.length()) + hex;
  }

  static byte[] value(byte[] head, long first, byte[] tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + 10 + tail.length);
    out.writeBytes(head);
    long rest = first;
    while ((rest & ~0x7FL) != 0) {
      out.write((int) (rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    out.write((int) rest);
    out.writeBytes(tail);
    return out.toByteArray();
  }
}
