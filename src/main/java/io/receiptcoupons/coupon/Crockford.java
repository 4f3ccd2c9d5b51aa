package io.receiptcoupons.coupon;

import java.util.Locale;

/** Crockford base32: no I, L, O or U, so a code read aloud or keyed in is hard to mistype. */
final class Crockford {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private Crockford() {}

  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int bits = 0;
    int available = 0;
    for (byte b : bytes) {
      bits = (bits << 8) | (b & 0xFF);
      available += 8;
      while (available >= 5) {
        out.append(ALPHABET.charAt((bits >>> (available - 5)) & 31));
        available -= 5;
      }
    }
    if (available > 0) {
      out.append(ALPHABET.charAt((bits << (5 - available)) & 31));
    }
    return out.toString();
  }

  /** Decodes {@code length} bytes, or returns null if the text is not exactly such a code. */
  static byte[] decode(String text, int length) {
    String s = normalise(text);
    if (s.length() != (length * 8 + 4) / 5) {
      return null;
    }
    byte[] out = new byte[length];
    long bits = 0;
    int available = 0;
    int at = 0;
    for (int i = 0; i < s.length(); i++) {
      int v = ALPHABET.indexOf(s.charAt(i));
      if (v < 0) {
        return null;
      }
      bits = (bits << 5) | v;
      available += 5;
      if (available >= 8 && at < length) {
        out[at++] = (byte) (bits >>> (available - 8));
        available -= 8;
      }
    }
    return encode(out).equals(s) ? out : null;
  }

  // Tills and people add dashes and spaces, and mistype O for 0 and I or L for 1.
  static String normalise(String text) {
    return text.toUpperCase(Locale.ROOT)
        .replaceAll("[\\s-]", "")
        .replace('O', '0')
        .replace('I', '1')
        .replace('L', '1');
  }
}
