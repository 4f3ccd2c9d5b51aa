package io.receiptcoupons.checkout;

import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import io.receiptcoupons.system.store.Swept;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
        tx -> {
          List<String> batch = page(tx, from, limit + 1);
          String next = batch.size() > limit ? batch.remove(limit) : null;
          long deleted = 0;
          for (String transactionId : batch) {
            CheckoutRecords.Recorded recorded = records.find(tx, transactionId);
            if (recorded != null && recorded.localDate().isBefore(before)) {
              tx.map(CheckoutRecords.MAP).remove(transactionId);
              notes.forget(tx, recorded.member(), transactionId);
              deleted++;
            }
          }
          return new Swept(Map.of(KIND, deleted), next);
        });
  }

  private static List<String> page(StoreTx tx, String from, int limit) {
    List<String> keys = new ArrayList<>(limit);
    Iterator<String> it = tx.map(CheckoutRecords.MAP).keyIterator(from, null);
    while (keys.size() < limit && it.hasNext()) {
      keys.add(it.next());
    }
    return keys;
  }
}
