package io.receiptcoupons.ledger;

import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreMap;
import io.receiptcoupons.system.store.Swept;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Deletes the ledger's oldest entries once every event in them is past the ledger retention. The
 * ledger is in sequence order, so a batch stops at the first entry holding a newer event.
 */
@ApplicationScoped
public class LedgerRetention {

  public static final String KIND = "ledger-events";
  private final Store store;
  private final Ledger ledger;

  LedgerRetention(Store store, Ledger ledger) {
    this.store = store;
    this.ledger = ledger;
  }

  /** Deletes up to {@code limit} of the oldest entries whose events all happened before. */
  public Swept sweep(int limit, Instant before) {
    return store.inTransaction(
        tx -> {
          StoreMap map = tx.map(Ledger.MAP);
          // The newest entry stays: its key is where numbering resumes after a restart.
          String last = map.lastKey();
          List<String> due = new ArrayList<>();
          long events = 0;
          Iterator<Map.Entry<String, byte[]>> it = map.entryIterator("", null);
          while (due.size() < limit && it.hasNext()) {
            Map.Entry<String, byte[]> entry = it.next();
            List<LedgerEvent> held = ledger.read(entry.getValue());
            if (entry.getKey().equals(last)
                || !held.stream().allMatch(e -> e.at().isBefore(before))) {
              return done(map, due, events, null);
            }
            due.add(entry.getKey());
            events += held.size();
          }
          return done(map, due, events, it.hasNext() ? "more" : null);
        });
  }

  private static Swept done(StoreMap map, List<String> due, long events, String next) {
    due.forEach(map::remove);
    return new Swept(Map.of(KIND, events), next);
  }
}
