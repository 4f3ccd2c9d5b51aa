package io.receiptcoupons.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running per-campaign counts of ledger events, rebuilt from the ledger at start-up. */
@ApplicationScoped
public class CampaignCounters implements LedgerState {

  private final Map<String, Map<String, LongAdder>> byCampaign = new ConcurrentHashMap<>();

  @Override
  public void rebuild(LedgerEvent e) {
    add(e);
  }

  void add(LedgerEvent e) {
    if (e.campaignId() == null) {
      return;
    }
    Map<String, LongAdder> counts =
        byCampaign.computeIfAbsent(e.campaignId(), id -> new ConcurrentHashMap<>());
    counts.computeIfAbsent(name(e), n -> new LongAdder()).increment();
  }

  /** The count of one event kind (and detail, e.g. "skipped:capped"), zero if never seen. */
  public long count(String campaignId, String name) {
    LongAdder n = byCampaign.getOrDefault(campaignId, Map.of()).get(name);
    return n == null ? 0 : n.sum();
  }

  /** The sum of every count whose name starts with {@code prefix}. */
  public long countPrefix(String campaignId, String prefix) {
    return byCampaign.getOrDefault(campaignId, Map.of()).entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  public boolean knows(String campaignId) {
    return byCampaign.containsKey(campaignId);
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
