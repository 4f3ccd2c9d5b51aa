package io.receiptcoupons.member;

import io.receiptcoupons.system.store.StoreTx;

/**
 * State a feature keeps on a member beyond the profile and history; erasure and card transfer call
 * every one, so a feature that adds member state implements this rather than teaching the member
 * package about it.
 */
public interface MemberHeld {

  /** Removes everything this feature holds on the member, inside the erasure's transaction. */
  void erase(StoreTx tx, String member);

  /**
   * Moves everything this feature holds on {@code from} onto {@code to}, merging with what {@code
   * to} already holds, inside the transfer's transaction; {@code from} holds nothing afterwards.
   * Reads what it writes, so that in Redis mode a concurrent change makes one side run again.
   */
  void transfer(StoreTx tx, String from, String to);
}
