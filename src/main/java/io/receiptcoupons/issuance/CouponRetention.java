package io.receiptcoupons.issuance;

import io.receiptcoupons.coupon.CouponRecord;
import io.receiptcoupons.coupon.CouponRegistry;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.Swept;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
        tx -> {
          List<String> batch = new java.util.ArrayList<>(coupons.codes(tx, from, limit + 1));
          String next = batch.size() > limit ? batch.remove(limit) : null;
          long deleted = 0;
          for (String code : batch) {
            CouponRecord coupon = coupons.find(tx, code);
            if (coupon != null && coupon.validUntil().isBefore(expiredBefore)) {
              coupons.delete(tx, code);
              notes.forget(tx, coupon.member(), code);
              deleted++;
            }
          }
          return new Swept(Map.of(KIND, deleted), next);
        });
  }
}
