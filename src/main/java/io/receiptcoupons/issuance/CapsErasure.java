package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.member.MemberHeld;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;

/** A member's per-member caps and spacing in every live campaign: erased, or moved. */
@ApplicationScoped
class CapsErasure implements MemberHeld {

  private final Rulesets rulesets;
  private final MemberCaps caps;

  CapsErasure(Rulesets rulesets, MemberCaps caps) {
    this.rulesets = rulesets;
    this.caps = caps;
  }

  // Caps are keyed by campaign first; a campaign no longer loaded can never read its caps again.
  @Override
  public void erase(StoreTx tx, String member) {
    for (Campaign c : rulesets.current().campaigns()) {
      caps.forget(tx, c.id(), member);
    }
  }

  // The stricter of the two: the merged card holds both cards' issue days, so it counts both
  // cards' coupons against the maximum and is spaced from the latest coupon of either.
  @Override
  public void transfer(StoreTx tx, String from, String to) {
    for (Campaign c : rulesets.current().campaigns()) {
      caps.merge(tx, c.id(), from, to);
    }
  }
}
