package io.receiptcoupons.member;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Zig-zag variable-length integers, so that small counts take one byte. */
final class VarInts {
  private VarInts() {}

  static void write(ByteArrayOutputStream out, long value) {
    long v = (value << 1) ^ (value >> 63);
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  static long read(ByteBuffer in) {
    long v = 0;
    int shift = 0;
    byte b;
    do {
      b = in.get();
      v |= (long) (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    return (v >>> 1) ^ -(v & 1);
  }
}
