package io.receiptcoupons.checkout;

import io.receiptcoupons.system.KeyedLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Locks for checkouts and voids. The order is always transaction, then member (then coupon codes),
 * so no two requests can wait on each other.
 */
@ApplicationScoped
class CheckoutLocks {

  private final KeyedLocks transactions = new KeyedLocks(1024);
  private final KeyedLocks members = new KeyedLocks(1024);

  <T> T transaction(String transactionId, Supplier<T> work) {
    return transactions.withLock(transactionId, work);
  }

  /** Runs work holding the member's lock; a null member (no card) needs none. */
  <T> T member(String member, Supplier<T> work) {
    return member == null ? work.get() : members.withLock(member, work);
  }
}
