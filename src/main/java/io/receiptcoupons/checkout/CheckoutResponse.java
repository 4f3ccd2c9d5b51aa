package io.receiptcoupons.checkout;

import io.receiptcoupons.coupon.Coupon;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The coupons to print, in print order, and the ruleset that decided them; {@code degraded} means
 * the engine could not decide in time and a retry may print coupons.
 */
public record CheckoutResponse(
    String transactionId,
    @Schema(nullable = true, description = "Null when degraded") String rulesetVersion,
    List<Coupon> coupons,
    boolean degraded,
    @Schema(
            nullable = true,
            enumeration = {RETIRED},
            description =
                "`retired` when the card was replaced: the checkout was served as no card, and the"
                    + " till can tell the shopper to use the new card; null otherwise")
        String card) {

  /** The {@link #card} of a checkout on a replaced card. */
  public static final String RETIRED = "retired";

  public CheckoutResponse(String transactionId, String rulesetVersion, List<Coupon> coupons) {
    this(transactionId, rulesetVersion, coupons, false, null);
  }

  public CheckoutResponse(
      String transactionId, String rulesetVersion, List<Coupon> coupons, boolean degraded) {
    this(transactionId, rulesetVersion, coupons, degraded, null);
  }

  /** No coupons, nothing recorded: the till prints the receipt and moves on. */
  static CheckoutResponse degraded(String transactionId) {
    return new CheckoutResponse(transactionId, null, List.of(), true);
  }
}
