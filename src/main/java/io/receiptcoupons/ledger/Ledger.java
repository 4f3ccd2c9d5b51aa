package io.receiptcoupons.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreMap;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The append-only record of every issuance decision, redemption and void, in sequence order. */
@ApplicationScoped
public class Ledger {

  static final String MAP = "ledger";
  static final int PAGE = 1_000;
  private final Store store;
  private final CampaignCounters counters;
  private final LedgerMemberKeys memberKeys;
  private final ObjectMapper json;
  private final List<LedgerState> states;

  Ledger(
      Store store,
      CampaignCounters counters,
      LedgerMemberKeys memberKeys,
      ObjectMapper json,
      @Any Instance<LedgerState> states) {
    this.store = store;
    this.counters = counters;
    this.memberKeys = memberKeys;
    this.json = json;
    this.states = states.stream().toList();
  }

  // One read of the ledger rebuilds every state kept from it (counters, budgets); in scale-out
  // mode they live in Redis, and a replica starts without reading the whole ledger.
  void onStart(@Observes @Priority(10) StartupEvent event) {
    store.open();
    List<LedgerState> local = states.stream().filter(LedgerState::needsReplay).toList();
    if (!local.isEmpty()) {
      replay(0, e -> local.forEach(s -> s.rebuild(e)));
    }
  }

  /** Appends within the caller's transaction; counters see the event once it commits. */
  public void append(StoreTx tx, LedgerEvent event) {
    append(tx, List.of(event));
  }

  /** Appends a transaction's events as one entry, each with its own sequence number. */
  public void append(StoreTx tx, LedgerBatch batch) {
    append(tx, batch.events());
  }

  private void append(StoreTx tx, List<LedgerEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    // One block per batch: its numbers are consecutive even with other replicas appending, so the
    // batch is one entry, keyed by its last number so that the key bounds them all. The store
    // reserves the block as it commits (in Redis, inside the commit script: no round trip of its
    // own) and writes the first number between the entry's head and its events.
    List<LedgerEvent> unnumbered = new ArrayList<>(events.size());
    events.forEach(e -> unnumbered.add(e.numbered(0, memberKeys.idOf(tx, e.member()))));
    byte[] whole = LedgerCodec.encode(unnumbered);
    int at = LedgerCodec.firstSeqAt(events.size());
    byte[] head = Arrays.copyOfRange(whole, 0, at);
    byte[] tail = Arrays.copyOfRange(whole, at + 1, whole.length);
    tx.putNumbered(MAP, MAP, events.size(), head, tail, this::lastSeq);
    counters.add(tx, events);
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
    } while (!page.isEmpty());
  }

  // An entry is keyed by its last number, so the first entry at or after afterSeq + 1 holds it.
  private List<LedgerEvent> page(StoreMap map, long afterSeq) {
    List<LedgerEvent> page = new ArrayList<>(PAGE + 64);
    Iterator<Map.Entry<String, byte[]>> it = map.entryIterator(key(afterSeq + 1), null);
    while (page.size() < PAGE && it.hasNext()) {
      for (LedgerEvent e : read(it.next().getValue())) {
        if (e.seq() > afterSeq) {
          page.add(e);
        }
      }
    }
    return page;
  }

  // Entries written before batching are one event each, as JSON.
  List<LedgerEvent> read(byte[] bytes) {
    if (bytes.length == 0 || bytes[0] != '{') {
      return LedgerCodec.decode(bytes);
    }
    try {
      return List.of(json.readValue(bytes, LedgerEvent.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable ledger entry", e);
    }
  }

  private long lastSeq() {
    String lastKey = store.inTransaction(tx -> tx.map(MAP).lastKey());
    return lastKey == null ? 0 : Long.parseLong(lastKey, 16);
  }

  // Fixed-width hex sorts in sequence order; String.format was most of an append's cost.
  static String key(long seq) {
    String hex = Long.toHexString(seq);
    return "0".repeat(16 - hex.length()) + hex;
  }
}
