package io.receiptcoupons.checkout;

import io.receiptcoupons.system.store.KeyPage;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import io.receiptcoupons.system.store.Swept;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Deletes idempotency records of checkouts older than any retry or void can come for. */
@ApplicationScoped
public class CheckoutRetention {

  public static final String KIND = "idempotency-records";
  private final Store store;
  private final CheckoutRecords records;
  private final CheckoutErasure notes;

  CheckoutRetention(Store store, CheckoutRecords records, CheckoutErasure notes) {
    this.store = store;
    this.records = records;
    this.notes = notes;
  }

  /** Walks up to {@code limit} records from key {@code from}, deleting those dated before. */
  public Swept sweep(String from, int limit, LocalDate before) {
    return store.inTransaction(
        tx ->
            KeyPage.read(tx.map(CheckoutRecords.MAP), from, limit)
                .sweep(KIND, transactionId -> deleteIfBefore(tx, transactionId, before)));
  }

  private boolean deleteIfBefore(StoreTx tx, String transactionId, LocalDate before) {
    CheckoutRecords.Recorded recorded = records.find(tx, transactionId);
    if (recorded == null || !recorded.localDate().isBefore(before)) {
      return false;
    }
    tx.map(CheckoutRecords.MAP).remove(transactionId);
    notes.forget(tx, recorded.member(), transactionId);
    return true;
  }
}
