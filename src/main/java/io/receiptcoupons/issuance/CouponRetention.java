package io.receiptcoupons.issuance;

import io.receiptcoupons.coupon.CouponRecord;
import io.receiptcoupons.coupon.CouponRegistry;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import io.receiptcoupons.system.store.Swept;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Deletes coupon records whose validity ended before a date: redeemed, voided or never used. */
@ApplicationScoped
public class CouponRetention {

  public static final String KIND = "expired-coupons";
  private final Store store;
  private final CouponRegistry coupons;
  private final CouponErasure notes;

  CouponRetention(Store store, CouponRegistry coupons, CouponErasure notes) {
    this.store = store;
    this.coupons = coupons;
    this.notes = notes;
  }

  /** Walks up to {@code limit} codes from {@code from}, deleting those valid until before. */
  public Swept sweep(String from, int limit, LocalDate expiredBefore) {
    return store.inTransaction(
        tx ->
            coupons
                .codes(tx, from, limit)
                .sweep(KIND, code -> deleteIfExpired(tx, code, expiredBefore)));
  }

  private boolean deleteIfExpired(StoreTx tx, String code, LocalDate expiredBefore) {
    CouponRecord coupon = coupons.find(tx, code);
    if (coupon == null || !coupon.validUntil().isBefore(expiredBefore)) {
      return false;
    }
    coupons.delete(tx, code);
    notes.forget(tx, coupon.member(), code);
    return true;
  }
}
