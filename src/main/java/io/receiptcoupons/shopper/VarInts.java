package io.receiptcoupons.shopper;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Zig-zag variable-length integers, so that small counts take one byte. */
final class VarInts {
  private VarInts() {}

  static void write(Sink out, long value) {
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

  /** A growable byte array; unlike ByteArrayOutputStream, not synchronized on every byte. */
  static final class Sink {
    private byte[] bytes;
    private int size;

    Sink(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void write(int b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = (byte) b;
    }

    void write(byte[] b) {
      if (size + b.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + b.length));
      }
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, size);
    }
  }
}
