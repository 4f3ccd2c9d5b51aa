package io.receiptcoupons.checkout;

import io.receiptcoupons.member.MemberHeld;
import io.receiptcoupons.member.MemberIndex;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An erased member's idempotency records go: a record holds their pseudonym, basket and date. A
 * retry of such a transaction afterwards is served as a new checkout on a never-seen card.
 */
@ApplicationScoped
class CheckoutErasure implements MemberHeld {

  private static final String KIND = "checkout";
  private final MemberIndex index;

  CheckoutErasure(MemberIndex index) {
    this.index = index;
  }

  /** Notes a member's recorded transaction, so that erasure can find it. */
  void recorded(StoreTx tx, String member, String transactionId) {
    if (member != null) {
      index.add(tx, member, KIND, transactionId);
    }
  }

  /** Drops the note of a record that retention deletes. */
  void forget(StoreTx tx, String member, String transactionId) {
    if (member != null) {
      index.remove(tx, member, KIND, transactionId);
    }
  }

  @Override
  public void erase(StoreTx tx, String member) {
    index.take(tx, member, KIND).forEach(id -> tx.map(CheckoutRecords.MAP).remove(id));
  }
}
