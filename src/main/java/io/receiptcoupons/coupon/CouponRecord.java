package io.receiptcoupons.coupon;

import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.product.ProductSet;
import java.time.Instant;
import java.time.LocalDate;

/** An issued coupon's lifetime: who got it where, what it buys, and whether it was used. */
public record CouponRecord(
    String code,
    String campaignId,
    String member,
    String transactionId,
    String storeId,
    Instant issuedAt,
    LocalDate issuedOn,
    LocalDate validFrom,
    LocalDate validUntil,
    Offer offer,
    ProductSet appliesTo,
    String rulesetVersion,
    Status status,
    String redeemedBy) {

  /** Where a coupon is in its life. */
  public enum Status {
    ISSUED,
    REDEEMED,
    VOIDED
  }

  public CouponRecord redeemed(String redemptionTransaction) {
    return with(Status.REDEEMED, redemptionTransaction);
  }

  /** The same coupon held by another member (card transfer). */
  public CouponRecord heldBy(String holder) {
    return with(status, redeemedBy, holder);
  }

  public CouponRecord voided() {
    return with(Status.VOIDED, redeemedBy);
  }

  /** The same record holding no member: what an erased member's coupons keep. */
  public CouponRecord withoutMember() {
    return with(status, redeemedBy, null);
  }

  private CouponRecord with(Status s, String by) {
    return with(s, by, member);
  }

  private CouponRecord with(Status s, String by, String holder) {
    return new CouponRecord(
        code,
        campaignId,
        holder,
        transactionId,
        storeId,
        issuedAt,
        issuedOn,
        validFrom,
        validUntil,
        offer,
        appliesTo,
        rulesetVersion,
        s,
        by);
  }
}
