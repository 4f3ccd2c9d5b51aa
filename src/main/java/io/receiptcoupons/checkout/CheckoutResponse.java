package io.receiptcoupons.checkout;

import io.receiptcoupons.coupon.Coupon;
import java.util.List;

/** The coupons to print, in print order, and the ruleset that decided them. */
public record CheckoutResponse(String transactionId, String rulesetVersion, List<Coupon> coupons) {}
