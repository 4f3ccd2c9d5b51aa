package io.receiptcoupons.checkout;

import io.receiptcoupons.system.store.Locks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Locks for checkouts and voids, held across replicas in scale-out mode. The order is always
 * transaction, then member, then coupon codes, so no two requests can wait on each other.
 */
@ApplicationScoped
class CheckoutLocks {

  private final Locks locks;

  CheckoutLocks(Locks locks) {
    this.locks = locks;
  }

  /**
   * Runs a checkout holding its transaction's and member's locks in this process only: across
   * replicas its commit checks what it read instead, so no lease is taken or waited for.
   */
  <T> T checkout(String transactionId, String member, Supplier<T> work) {
    return locks.withLocalLock(
        "tx",
        transactionId,
        () -> member == null ? work.get() : locks.withLocalLock(Locks.MEMBERS, member, work));
  }

  <T> T transaction(String transactionId, Supplier<T> work) {
    return locks.withLock("tx", transactionId, work);
  }

  /** Runs work holding the member's lock; a null member (no card) needs none. */
  <T> T member(String member, Supplier<T> work) {
    return member == null ? work.get() : locks.withLock(Locks.MEMBERS, member, work);
  }

  <T> T codes(Collection<String> codes, Supplier<T> work) {
    return locks.withLocks(Locks.CODES, codes, work);
  }
}
