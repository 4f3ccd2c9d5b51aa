package io.receiptcoupons.shopper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A member's whole history as one store value. */
public final class HistoryCodec {
  private HistoryCodec() {}

  /** All keys in one value: a count, then per key its UTF-8 name and its series. */
  public static byte[] encode(PurchaseHistory h) {
    VarInts.Sink out = new VarInts.Sink(64 * h.size());
    VarInts.write(out, h.size());
    for (int i = 0; i < h.size(); i++) {
      byte[] name = h.key(i).getBytes(StandardCharsets.UTF_8);
      VarInts.write(out, name.length);
      out.write(name);
      h.series(i).write(out);
    }
    return out.toByteArray();
  }

  public static PurchaseHistory decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int n = (int) VarInts.read(in);
    PurchaseHistory history = new PurchaseHistory(n);
    for (int i = 0; i < n; i++) {
      int length = (int) VarInts.read(in);
      String key = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
      in.position(in.position() + length);
      history.put(key, DailySeries.read(in));
    }
    return history;
  }
}
