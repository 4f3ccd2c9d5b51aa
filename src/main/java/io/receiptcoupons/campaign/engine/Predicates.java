package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.LifestyleCondition;
import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.PartnerCondition;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.campaign.model.StoreCondition;
import io.receiptcoupons.campaign.model.StoreGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Member, lifestyle and store predicates as DRL constraints over interned ints only. */
final class Predicates {

  private final SlotTable slots;
  private final LifestyleScores scores;
  private final StoreGroups groups;

  Predicates(SlotTable slots, LifestyleScores scores, StoreGroups groups) {
    this.slots = slots;
    this.scores = scores;
    this.groups = groups;
  }

  /** A constraint on the member fact; {@code p} is the accessor prefix ("" or "member."). */
  String member(MemberCondition m, String p) {
    List<String> parts = new ArrayList<>();
    if (m.gender() != null) {
      parts.add(p + "gender == " + m.gender().ordinal());
    }
    if (m.age() != null) {
      parts.add(range(p + "age", m.age()));
    }
    if (m.areas() != null) {
      parts.add(anyOf(p + "area", m.areas().stream().map(slots::area).toList()));
    }
    if (m.tenureDays() != null) {
      parts.add(range(p + "tenureDays", m.tenureDays()));
    }
    return "(" + String.join(" && ", parts) + ")";
  }

  String lifestyle(LifestyleCondition l, String p) {
    String score = p + "score(" + scores.indexOf(l.score()) + ")";
    return "(" + range(score, new Range(l.atLeast(), l.atMost())) + ")";
  }

  String store(StoreCondition s, String p) {
    List<String> stores = groups.resolve(s.ids(), s.groups());
    return anyOf(p + "store", stores.stream().map(slots::store).toList());
  }

  String partner(PartnerCondition c, String p) {
    return p + "onList(" + slots.partnerList(c.key()) + ")";
  }

  // Unknown values are -1, so a lower bound of at least 0 keeps them from matching.
  private static String range(String field, Range r) {
    int low = r.atLeast() == null ? 0 : r.atLeast();
    String upper = r.atMost() == null ? "" : " && " + field + " <= " + r.atMost();
    return field + " >= " + low + upper;
  }

  private static String anyOf(String field, List<Integer> values) {
    return values.stream()
        .distinct()
        .map(v -> field + " == " + v)
        .collect(Collectors.joining(" || ", "(", ")"));
  }
}
