package io.receiptcoupons.checkout;

import io.receiptcoupons.member.MemberHeld;
import io.receiptcoupons.member.MemberIndex;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A member's idempotency records: erasure removes them (a record holds their pseudonym, basket and
 * date), so a retry is then served as a new checkout on a never-seen card; a transfer re-points
 * them at the new card.
 */
@ApplicationScoped
class CheckoutErasure implements MemberHeld {

  private static final String KIND = "checkout";
  private final MemberIndex index;
  private final CheckoutRecords records;

  CheckoutErasure(MemberIndex index, CheckoutRecords records) {
    this.index = index;
    this.records = records;
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

  // A void of a checkout made on the old card then reverses the new card's history.
  @Override
  public void transfer(StoreTx tx, String from, String to) {
    for (String id : index.move(tx, from, to, KIND)) {
      CheckoutRecords.Recorded recorded = records.find(tx, id);
      if (recorded != null && from.equals(recorded.member())) {
        records.save(tx, id, recorded.withMember(to));
      }
    }
  }
}
