package io.receiptcoupons.ledger;

import io.receiptcoupons.system.store.SharedCounters;
import io.receiptcoupons.system.store.StoreConfig;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/** Running per-campaign counts of ledger events: this replica's, and those of record. */
@ApplicationScoped
public class CampaignCounters implements LedgerState {

  // This replica's own counts (the Prometheus meters read them) are in memory. In embedded mode
  // they are also the counts of record, rebuilt from the ledger at start-up; in scale-out mode the
  // counts of record are a shared counter group per campaign that every replica adds to after its
  // commits.
  static final int SHARDS = 8;
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

  /**
   * Counts a transaction's events: the shared counts as part of its commit (one of a few shards per
   * campaign, so that no single counter is every replica's hot key), this replica's once it has
   * committed.
   */
  void add(StoreTx tx, List<LedgerEvent> events) {
    if (shared != null) {
      int shard = ThreadLocalRandom.current().nextInt(SHARDS);
      Map<String, Map<String, Long>> deltas = new HashMap<>();
      events.stream()
          .filter(e -> e.campaignId() != null)
          .forEach(
              e ->
                  deltas
                      .computeIfAbsent(group(e.campaignId()) + ":" + shard, g -> new HashMap<>())
                      .merge(name(e), 1L, Long::sum));
      deltas.forEach(tx::add);
    }
    tx.onCommit(() -> events.stream().filter(e -> e.campaignId() != null).forEach(this::addHere));
  }

  /** The count of one event kind (and detail, e.g. "skipped:capped"), zero if never seen. */
  public long count(String campaignId, String name) {
    if (shared != null) {
      return shared(campaignId).getOrDefault(name, 0L);
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
    return shared == null
        ? here.containsKey(campaignId)
        : groups(campaignId).stream().anyMatch(shared::exists);
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

  // The unsharded group holds counts written before the shards.
  private Map<String, Long> shared(String campaignId) {
    Map<String, Long> sum = new HashMap<>();
    groups(campaignId).forEach(g -> shared.all(g).forEach((k, v) -> sum.merge(k, v, Long::sum)));
    return sum;
  }

  private static List<String> groups(String campaignId) {
    List<String> groups = new ArrayList<>(SHARDS + 1);
    groups.add(group(campaignId));
    for (int shard = 0; shard < SHARDS; shard++) {
      groups.add(group(campaignId) + ":" + shard);
    }
    return groups;
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
