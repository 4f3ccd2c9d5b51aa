package io.receiptcoupons.issuance;

import io.receiptcoupons.coupon.CouponRecord;
import io.receiptcoupons.coupon.CouponRegistry;
import io.receiptcoupons.member.MemberHeld;
import io.receiptcoupons.member.MemberIndex;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A member's coupons: on erasure the unredeemed ones are voided, their budget given back, and every
 * coupon of theirs then holds no member (so a code no longer leads from the ledger to the card); on
 * card transfer they move to the new card and stay redeemable under their codes.
 */
@ApplicationScoped
class CouponErasure implements MemberHeld {

  private static final String KIND = "coupon";
  private final MemberIndex index;
  private final CouponRegistry coupons;
  private final Budgets budgets;

  CouponErasure(MemberIndex index, CouponRegistry coupons, Budgets budgets) {
    this.index = index;
    this.coupons = coupons;
    this.budgets = budgets;
  }

  /** Notes a coupon issued to a member, so that erasure can find it. */
  void issued(StoreTx tx, String member, String code) {
    if (member != null) {
      index.add(tx, member, KIND, code);
    }
  }

  /** Drops the note of a coupon that retention deletes. */
  void forget(StoreTx tx, String member, String code) {
    if (member != null) {
      index.remove(tx, member, KIND, code);
    }
  }

  @Override
  public void erase(StoreTx tx, String member) {
    for (String code : index.take(tx, member, KIND)) {
      CouponRecord coupon = coupons.find(tx, code);
      if (coupon == null) {
        continue;
      }
      if (coupon.status() == CouponRecord.Status.ISSUED) {
        coupon = coupon.voided();
        budgets.giveBack(tx, coupon.campaignId(), coupon.issuedOn());
      }
      coupons.save(tx, coupon.withoutMember());
    }
  }

  // An unredeemed coupon names its new holder, so a void of its checkout releases the new card's
  // cap; a redeemed or voided one keeps its history as it happened.
  @Override
  public void transfer(StoreTx tx, String from, String to) {
    for (String code : index.move(tx, from, to, KIND)) {
      CouponRecord coupon = coupons.find(tx, code);
      if (coupon != null && coupon.status() == CouponRecord.Status.ISSUED) {
        coupons.save(tx, coupon.heldBy(to));
      }
    }
  }
}
