package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The naive peer's facts: the member, and one count fact per slot with non-zero totals. */
public final class NaiveFacts {

  private final SlotTable slots;
  private final FactBuilder members;

  public NaiveFacts(SlotTable slots, LifestyleScores scores) {
    this.slots = slots;
    this.members = new FactBuilder(slots, scores);
  }

  public List<Object> facts(
      PurchaseHistory history,
      Map<String, Totals> basket,
      MemberProfile profile,
      String store,
      LocalDate date) {
    MemberFact member = members.member(profile, store, date);
    List<Object> facts = new ArrayList<>();
    facts.add(member);
    int day = (int) date.toEpochDay();
    for (String key : history.keys()) {
      for (SlotTable.Window w : slots.windows(key)) {
        add(facts, member, w.slot(), history.window(key, day, w.days()));
      }
    }
    basket.forEach((key, t) -> add(facts, member, slots.basketSlotOf(key), t));
    return facts;
  }

  private static void add(List<Object> facts, MemberFact member, int slot, Totals t) {
    if (slot >= 0 && !t.isZero()) {
      facts.add(new CountFact(member, slot, t.times(), t.quantity(), t.spend()));
    }
  }
}
