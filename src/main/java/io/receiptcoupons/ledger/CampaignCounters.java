package io.receiptcoupons.ledger;

import io.receiptcoupons.system.store.SharedCounters;
import io.receiptcoupons.system.store.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running per-campaign counts of ledger events: this replica's, and those of record. */
@ApplicationScoped
public class CampaignCounters implements LedgerState {

  // This replica's own counts (the Prometheus meters read them) are in memory. In embedded mode
  // they are also the counts of record, rebuilt from the ledger at start-up; in scale-out mode the
  // counts of record are a shared counter group per campaign that every replica adds to after its
  // commits.
  private final Map<String, Map<String, LongAdder>> here = new ConcurrentHashMap<>();
  private final SharedCounters shared;

  CampaignCounters(StoreConfig config, Instance<SharedCounters> shared) {
    this.shared = config.kind() == StoreConfig.Kind.REDIS ? shared.get() : null;
  }

  // In scale-out mode the shared counts already hold every committed event; a replica's own
  // counts start empty, as a restarted process's Prometheus counters do.
  @Override
  public void rebuild(LedgerEvent e) {
    if (shared == null) {
      addHere(e);
    }
  }

  @Override
  public boolean needsReplay() {
    return shared == null;
  }

  void add(LedgerEvent e) {
    if (e.campaignId() == null) {
      return;
    }
    addHere(e);
    if (shared != null) {
      shared.add(group(e.campaignId()), Map.of(name(e), 1L));
    }
  }

  /** The count of one event kind (and detail, e.g. "skipped:capped"), zero if never seen. */
  public long count(String campaignId, String name) {
    if (shared != null) {
      return shared.get(group(campaignId), name);
    }
    return countHere(campaignId, name);
  }

  /** The count of this replica's own events since it started (all events in embedded mode). */
  public long countHere(String campaignId, String name) {
    LongAdder n = here.getOrDefault(campaignId, Map.of()).get(name);
    return n == null ? 0 : n.sum();
  }

  /** The sum of every count whose name starts with {@code prefix}. */
  public long countPrefix(String campaignId, String prefix) {
    Map<String, Long> counts = shared == null ? sums(campaignId) : shared(campaignId);
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  public boolean knows(String campaignId) {
    return shared == null ? here.containsKey(campaignId) : shared.exists(group(campaignId));
  }

  private void addHere(LedgerEvent e) {
    Map<String, LongAdder> counts =
        here.computeIfAbsent(e.campaignId(), id -> new ConcurrentHashMap<>());
    counts.computeIfAbsent(name(e), n -> new LongAdder()).increment();
  }

  private Map<String, Long> sums(String campaignId) {
    Map<String, Long> out = new java.util.HashMap<>();
    here.getOrDefault(campaignId, Map.of()).forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  private Map<String, Long> shared(String campaignId) {
    return shared.all(group(campaignId));
  }

  private static String group(String campaignId) {
    return "stats:" + campaignId;
  }

  // Details of skips, rejections and conversions are few and fixed, so the names stay bounded.
  static String name(LedgerEvent e) {
    String kind = e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    boolean detailed =
        e.kind() == LedgerEvent.Kind.SKIPPED
            || e.kind() == LedgerEvent.Kind.REJECTED
            || e.kind() == LedgerEvent.Kind.CONVERTED;
    return detailed ? kind + ":" + e.detail() : kind;
  }
}
