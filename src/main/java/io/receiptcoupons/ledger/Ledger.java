package io.receiptcoupons.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.receiptcoupons.system.Store;
import io.receiptcoupons.system.StoreMap;
import io.receiptcoupons.system.StoreTx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The append-only record of every issuance decision, redemption and void, in sequence order. */
@ApplicationScoped
public class Ledger {

  private static final String MAP = "ledger";
  static final int PAGE = 1_000;
  private final Store store;
  private final CampaignCounters counters;
  private final ObjectMapper json;
  private final List<LedgerState> states;

  Ledger(
      Store store,
      CampaignCounters counters,
      ObjectMapper json,
      @Any Instance<LedgerState> states) {
    this.store = store;
    this.counters = counters;
    this.json = json;
    this.states = states.stream().toList();
  }

  // One read of the ledger rebuilds every state kept from it (counters, budgets).
  void onStart(@Observes @Priority(10) StartupEvent event) {
    store.open();
    replay(0, e -> states.forEach(s -> s.rebuild(e)));
  }

  /** Appends within the caller's transaction; counters see the event once it commits. */
  public void append(StoreTx tx, LedgerEvent event) {
    LedgerEvent numbered = event.numbered(store.next(MAP, this::lastSeq));
    try {
      tx.map(MAP).put(key(numbered.seq()), json.writeValueAsBytes(numbered));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tx.onCommit(() -> counters.add(numbered));
  }

  /** Feeds every committed event after {@code afterSeq} to {@code sink}, in sequence order. */
  public void replay(long afterSeq, Consumer<LedgerEvent> sink) {
    List<LedgerEvent> page;
    long after = afterSeq;
    do {
      // A page per short transaction, handed to the sink outside it: one snapshot held for a whole
      // long export outlived the store's retention under write load ("Chunk not found").
      long from = after;
      page = store.inTransaction(tx -> page(tx.map(MAP), from));
      page.forEach(sink);
      after = page.isEmpty() ? after : page.get(page.size() - 1).seq();
    } while (page.size() == PAGE);
  }

  private List<LedgerEvent> page(StoreMap map, long afterSeq) {
    List<LedgerEvent> page = new ArrayList<>(PAGE);
    Iterator<Map.Entry<String, byte[]>> it = map.entryIterator(key(afterSeq + 1), null);
    while (page.size() < PAGE && it.hasNext()) {
      page.add(read(it.next().getValue()));
    }
    return page;
  }

  private LedgerEvent read(byte[] bytes) {
    try {
      return json.readValue(bytes, LedgerEvent.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable ledger entry", e);
    }
  }

  private long lastSeq() {
    String lastKey = store.inTransaction(tx -> tx.map(MAP).lastKey());
    return lastKey == null ? 0 : Long.parseLong(lastKey, 16);
  }

  // Fixed-width hex sorts in sequence order.
  private static String key(long seq) {
    return String.format("%016x", seq);
  }
}
