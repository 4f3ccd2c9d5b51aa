package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.member.MemberHeld;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;

/** An erased member's per-member caps and spacing, for every campaign of the live ruleset. */
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
}
