package io.receiptcoupons.simulate;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.ledger.LedgerEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Per campaign and local day, what the replay decided: built from the ledger events alone. */
final class SimulationReport {

  private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
  private final Map<String, TreeMap<LocalDate, DayCounts>> days = new HashMap<>();
  private final LocalDate from;
  private final LocalDate to;

  SimulationReport(List<Campaign> campaigns, LocalDate from, LocalDate to) {
    campaigns.forEach(c -> this.campaigns.put(c.id(), c));
    this.from = from;
    this.to = to;
  }

  /** Decisions only: redemptions, voids and conversions are not issuance. */
  void add(LedgerEvent e) {
    boolean decision =
        e.kind() == LedgerEvent.Kind.ISSUED
            || e.kind() == LedgerEvent.Kind.HELD_OUT
            || e.kind() == LedgerEvent.Kind.SKIPPED;
    if (decision && campaigns.containsKey(e.campaignId())) {
      days.computeIfAbsent(e.campaignId(), id -> new TreeMap<>())
          .computeIfAbsent(e.day(), d -> new DayCounts())
          .add(e);
    }
  }

  List<Campaign> campaigns() {
    return List.copyOf(campaigns.values());
  }

  LocalDate from() {
    return from;
  }

  LocalDate to() {
    return to;
  }

  DayCounts on(String campaignId, LocalDate day) {
    return days.getOrDefault(campaignId, new TreeMap<>()).getOrDefault(day, new DayCounts());
  }

  /** Coupons issued through {@code day}, reported or not: what the budget has spent by then. */
  long usedThrough(String campaignId, LocalDate day) {
    return days.getOrDefault(campaignId, new TreeMap<>()).headMap(day, true).values().stream()
        .mapToLong(DayCounts::issued)
        .sum();
  }

  /** The first day on which the total budget was all spent, if it ever was. */
  LocalDate ranOutOn(Campaign c) {
    if (c.issuance().budget() == null) {
      return null;
    }
    long used = 0;
    for (var day : days.getOrDefault(c.id(), new TreeMap<>()).entrySet()) {
      used += day.getValue().issued();
      if (used >= c.issuance().budget().total()) {
        return day.getKey();
      }
    }
    return null;
  }

  /** Distinct members eligible on some reported day. */
  Set<String> membersInPeriod(String campaignId) {
    Set<String> members = new HashSet<>();
    days.getOrDefault(campaignId, new TreeMap<>())
        .subMap(from, true, to, true)
        .values()
        .forEach(d -> members.addAll(d.members()));
    return members;
  }

  long sum(String campaignId, java.util.function.ToLongFunction<DayCounts> f) {
    return days
        .getOrDefault(campaignId, new TreeMap<>())
        .subMap(from, true, to, true)
        .values()
        .stream()
        .mapToLong(f)
        .sum();
  }
}
