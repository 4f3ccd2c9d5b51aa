package io.receiptcoupons.member;

import io.receiptcoupons.system.store.StoreTx;

/**
 * State a feature keeps on a member beyond the profile and history; erasure calls every one, so a
 * feature that adds member state implements this rather than teaching the member package about it.
 */
public interface MemberHeld {

  /** Removes everything this feature holds on the member, inside the erasure's transaction. */
  void erase(StoreTx tx, String member);
}
