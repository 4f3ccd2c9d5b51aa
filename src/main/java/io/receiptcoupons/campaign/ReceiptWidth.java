package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.CouponSpec;
import io.receiptcoupons.system.DisplayWidth;
import java.util.function.BiConsumer;

/** Coupon title and lines must fit the receipt, measured in printer columns, not characters. */
public record ReceiptWidth(int columns, boolean ambiguousWide) {

  void check(CouponSpec coupon, BiConsumer<String, String> error) {
    fits(coupon.title(), "coupon.title", error);
    for (int i = 0; coupon.lines() != null && i < coupon.lines().size(); i++) {
      fits(coupon.lines().get(i), "coupon.lines[" + i + "]", error);
    }
  }

  private void fits(String text, String path, BiConsumer<String, String> error) {
    int wide = text == null ? 0 : DisplayWidth.of(text, ambiguousWide);
    if (wide > columns) {
      error.accept(
          path,
          "is "
              + wide
              + " columns wide (full-width characters take 2); the receipt holds "
              + columns
              + " (coupons.receipt.columns)");
    }
  }
}
