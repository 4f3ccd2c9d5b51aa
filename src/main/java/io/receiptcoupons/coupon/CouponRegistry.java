package io.receiptcoupons.coupon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.system.store.KeyPage;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Every issued coupon by code: the server-side truth that makes a code redeem once. */
@ApplicationScoped
public class CouponRegistry {

  private static final String MAP = "coupons";
  private final ObjectMapper json;

  CouponRegistry(ObjectMapper json) {
    this.json = json;
  }

  public CouponRecord find(StoreTx tx, String code) {
    byte[] bytes = tx.map(MAP).get(code);
    try {
      if (bytes == null) {
        return null;
      }
      // Records written before the binary form are JSON.
      return bytes[0] == '{'
          ? json.readValue(bytes, CouponRecord.class)
          : CouponBinary.decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable coupon record " + code, e);
    }
  }

  /** True when the code is taken; a fresh code almost never is, so the store may check it late. */
  public boolean exists(StoreTx tx, String code) {
    return !tx.map(MAP).absent(code);
  }

  /** Codes from {@code from} in order, at most {@code limit}: a retention sweep's batch. */
  public KeyPage codes(StoreTx tx, String from, int limit) {
    return KeyPage.read(tx.map(MAP), from, limit);
  }

  public void delete(StoreTx tx, String code) {
    tx.map(MAP).remove(code);
  }

  public void save(StoreTx tx, CouponRecord coupon) {
    tx.map(MAP).put(coupon.code(), CouponBinary.encode(coupon));
  }
}
