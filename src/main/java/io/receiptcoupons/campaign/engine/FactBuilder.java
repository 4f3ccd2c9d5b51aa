package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.DailySeries;
import io.receiptcoupons.shopper.KeyIndex;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/** Builds one evaluation's facts: the member, and each rule threshold the checkout reaches. */
public final class FactBuilder {

  private final SlotTable slots;
  private final LifestyleScores scores;

  public FactBuilder(SlotTable slots, LifestyleScores scores) {
    this.slots = slots;
    this.scores = scores;
  }

  public List<Object> facts(
      PurchaseHistory history,
      Map<String, Totals> basket,
      MemberProfile profile,
      String store,
      LocalDate date) {
    return facts(history, basket, profile, store, date, Set.of());
  }

  /** The facts, with the keys of the partner lists the member is on. */
  public List<Object> facts(
      PurchaseHistory history,
      Map<String, Totals> basket,
      MemberProfile profile,
      String store,
      LocalDate date,
      Set<String> partnerLists) {
    MemberFact member = member(profile, store, date, partnerLists);
    List<Object> facts = new ArrayList<>();
    facts.add(member);
    int day = (int) date.toEpochDay();
    IntConsumer reached = id -> facts.add(new HistoryFact(id, member));
    // Walk whichever is smaller: the member's keys or the keys rules look at.
    KeyIndex ruleKeys = slots.historyKeys();
    if (history.size() <= ruleKeys.size()) {
      for (int i = 0; i < history.size(); i++) {
        int p = ruleKeys.find(history.key(i), history.hash(i));
        if (p >= 0) {
          reach(history.series(i), slots.windowsAt(p), day, reached);
        }
      }
    } else {
      for (int p = 0; p < ruleKeys.size(); p++) {
        reach(history.series(ruleKeys.key(p)), slots.windowsAt(p), day, reached);
      }
    }
    basket.forEach(
        (key, t) -> {
          int slot = slots.basketSlotOf(key);
          if (slot >= 0) {
            slots.reached(slot, t, id -> facts.add(new BasketFact(id, member)));
          }
        });
    return facts;
  }

  // Every window ends on the checkout day, so the upper bound is searched once per key.
  private void reach(DailySeries s, List<SlotTable.Window> windows, int day, IntConsumer reached) {
    int hi = windows.isEmpty() ? 0 : s.lowerBound(day + 1);
    for (int i = 0; i < windows.size() && hi > 0; i++) {
      SlotTable.Window w = windows.get(i);
      int lo = s.lowerBound(day - w.days() + 1);
      if (lo < hi) {
        slots.reached(w.slot(), s.times(lo, hi), s.quantity(lo, hi), s.spend(lo, hi), reached);
      }
    }
  }

  MemberFact member(MemberProfile p, String store, LocalDate date) {
    return member(p, store, date, Set.of());
  }

  MemberFact member(MemberProfile p, String store, LocalDate date, Set<String> partnerLists) {
    int[] values = new int[scores.scores().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = p.scores().getOrDefault(scores.scores().get(i).name(), -1);
    }
    return new MemberFact(
        p.gender().ordinal(),
        p.ageOn(date),
        slots.areaOf(p.area()),
        p.tenureDaysOn(date),
        slots.storeOf(store),
        values,
        partnerLists.stream()
            .mapToInt(slots::partnerListOf)
            .filter(i -> i >= 0)
            .sorted()
            .toArray());
  }
}
