package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.LifestyleScores;
import io.receiptcoupons.member.DailySeries;
import io.receiptcoupons.member.MemberProfile;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.Totals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    // Walk whichever is smaller: the member's keys or the keys rules look at.
    Set<String> keys =
        history.keys().size() <= slots.historyKeys().size() ? history.keys() : slots.historyKeys();
    for (String key : keys) {
      List<SlotTable.Window> windows = slots.windows(key);
      DailySeries series = windows.isEmpty() ? DailySeries.EMPTY : history.series(key);
      for (int i = 0; i < windows.size() && series != DailySeries.EMPTY; i++) {
        SlotTable.Window w = windows.get(i);
        Totals t = series.sum(day - w.days() + 1, day);
        if (!t.isZero()) {
          slots.reached(w.slot(), t, id -> facts.add(new HistoryFact(id, member)));
        }
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
