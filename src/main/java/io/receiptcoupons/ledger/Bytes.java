package io.receiptcoupons.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array with unsigned varints (7 bits a byte, low first), and its reader. */
final class Bytes {

  private byte[] buf;
  private int size;

  Bytes(int capacity) {
    buf = new byte[capacity];
  }

  void write(int b) {
    ensure(1);
    buf[size++] = (byte) b;
  }

  void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
  }

  void varint(long v) {
    while ((v & ~0x7FL) != 0) {
      write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    write((int) v);
  }

  byte[] toArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  /** Reads what a {@link Bytes} wrote. */
  static final class Reader {
    private final byte[] buf;
    private int pos;

    Reader(byte[] buf) {
      this.buf = buf;
    }

    int read() {
      return buf[pos++] & 0xFF;
    }

    long varint() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        int b = read();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
    }

    String string(int length) {
      String s = new String(buf, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return s;
    }
  }
}
