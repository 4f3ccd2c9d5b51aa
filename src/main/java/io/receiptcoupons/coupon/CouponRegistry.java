package io.receiptcoupons.coupon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.system.KeyedLocks;
import io.receiptcoupons.system.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.function.Supplier;

/** Every issued coupon by code: the server-side truth that makes a code redeem once. */
@ApplicationScoped
public class CouponRegistry {

  private static final String MAP = "coupons";
  private final KeyedLocks locks = new KeyedLocks(1024);
  private final ObjectMapper json;

  CouponRegistry(ObjectMapper json) {
    this.json = json;
  }

  /** Runs work holding the codes' locks, so a redemption and a void never race on a coupon. */
  public <T> T withLocks(Collection<String> codes, Supplier<T> work) {
    return locks.withLocks(codes, work);
  }

  public CouponRecord find(StoreTx tx, String code) {
    byte[] bytes = tx.map(MAP).get(code);
    try {
      return bytes == null ? null : json.readValue(bytes, CouponRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable coupon record " + code, e);
    }
  }

  public boolean exists(StoreTx tx, String code) {
    return tx.map(MAP).containsKey(code);
  }

  public void save(StoreTx tx, CouponRecord coupon) {
    try {
      tx.map(MAP).put(coupon.code(), json.writeValueAsBytes(coupon));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
