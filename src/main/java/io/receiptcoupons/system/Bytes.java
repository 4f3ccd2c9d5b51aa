package io.receiptcoupons.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable byte array of varints (7 bits a byte, low first) and nullable values, and its reader.
 */
public final class Bytes {

  private byte[] buf;
  private int size;

  public Bytes(int capacity) {
    buf = new byte[capacity];
  }

  public void write(int b) {
    ensure(1);
    buf[size++] = (byte) b;
  }

  public void varint(long v) {
    while ((v & ~0x7FL) != 0) {
      write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    write((int) v);
  }

  /** A signed value, zig-zag coded so that small negatives stay short. */
  public void signed(long v) {
    varint((v << 1) ^ (v >> 63));
  }

  // Nullable values lead with 0 for null, else 1 + the length or value, so the two never collide.
  public void string(String s) {
    if (s == null) {
      varint(0);
      return;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    varint(1 + utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buf, size, utf8.length);
    size += utf8.length;
  }

  public void strings(List<String> list) {
    varint(list == null ? 0 : 1 + list.size());
    if (list != null) {
      list.forEach(this::string);
    }
  }

  public void date(LocalDate d) {
    varint(d == null ? 0 : 1 + zigzag(d.toEpochDay()));
  }

  public void instant(Instant t) {
    varint(t == null ? 0 : 1 + zigzag(t.getEpochSecond()));
    if (t != null) {
      varint(t.getNano());
    }
  }

  public byte[] toArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** Reads what a {@link Bytes} wrote, in the same order. */
  public static final class Reader {
    private final byte[] buf;
    private int pos;

    public Reader(byte[] buf) {
      this.buf = buf;
    }

    public int read() {
      return buf[pos++] & 0xFF;
    }

    /** True while bytes remain, for fields appended to a format after its first version. */
    public boolean hasMore() {
      return pos < buf.length;
    }

    public long varint() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        int b = read();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
    }

    public long signed() {
      return unzigzag(varint());
    }

    public String string() {
      int tag = (int) varint();
      if (tag == 0) {
        return null;
      }
      String s = new String(buf, pos, tag - 1, StandardCharsets.UTF_8);
      pos += tag - 1;
      return s;
    }

    public List<String> strings() {
      int tag = (int) varint();
      List<String> list = tag == 0 ? null : new ArrayList<>(tag - 1);
      for (int i = 0; i < tag - 1; i++) {
        list.add(string());
      }
      return list;
    }

    public LocalDate date() {
      long tag = varint();
      return tag == 0 ? null : LocalDate.ofEpochDay(unzigzag(tag - 1));
    }

    public Instant instant() {
      long tag = varint();
      return tag == 0 ? null : Instant.ofEpochSecond(unzigzag(tag - 1), varint());
    }
  }
}
