package io.receiptcoupons.explain;

import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.campaign.model.BasketCondition;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.HistoryCondition;
import io.receiptcoupons.campaign.model.LifestyleCondition;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.PartnerCondition;
import io.receiptcoupons.campaign.model.StoreCondition;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.product.Unit;
import java.util.List;

/** Evaluates one predicate as the compiled rules do: absent totals count as zero. */
final class Leaves {

  private final StoreGroups groups;

  Leaves(StoreGroups groups) {
    this.groups = groups;
  }

  Verdict leaf(Condition c, Evaluation e) {
    if (c.history() != null) {
      return history(c.history(), e);
    }
    if (c.basket() != null) {
      return basket(c.basket(), e);
    }
    if (c.member() != null) {
      return MemberChecks.check(c.member(), e.profile(), e.localDate());
    }
    if (c.lifestyle() != null) {
      return lifestyle(c.lifestyle(), e);
    }
    if (c.partner() != null) {
      return partner(c.partner(), e);
    }
    return store(c.store(), e);
  }

  private static Verdict history(HistoryCondition h, Evaluation e) {
    Totals t = e.history().window(h.key(), (int) e.localDate().toEpochDay(), h.days());
    String what = Labels.products(h.products()) + " " + h.metric().field() + in(h.unit());
    long value = value(t, h.metric());
    return count(what + " in " + h.days() + " days", value, h.scaledAtLeast(), h.scaledAtMost());
  }

  private static Verdict basket(BasketCondition b, Evaluation e) {
    Totals t = e.basket().getOrDefault(b.key(), Totals.ZERO);
    String what =
        "basket " + Labels.products(b.products()) + " " + b.metric().field() + in(b.unit());
    return count(what, value(t, b.metric()), b.scaledAtLeast(), b.scaledAtMost());
  }

  // Measured amounts are compared in their base unit, so the explanation says which.
  private static String in(Unit unit) {
    return unit == null ? "" : " (" + unit.base() + ")";
  }

  private static Verdict lifestyle(LifestyleCondition l, Evaluation e) {
    int score = e.profile().scores().getOrDefault(l.score(), -1);
    boolean passed = inRange(score, l.atLeast(), l.atMost());
    String needs = Labels.range(l.atLeast(), l.atMost());
    return one(new Check("lifestyle " + l.score(), passed, Labels.known(score), needs));
  }

  private static Verdict partner(PartnerCondition p, Evaluation e) {
    boolean on = e.partnerLists().contains(p.key());
    return one(new Check("partner list " + p.key(), on, on ? "on it" : "not on it", "on it"));
  }

  private Verdict store(StoreCondition s, Evaluation e) {
    List<String> stores = groups.resolve(s.ids(), s.groups());
    boolean passed = e.storeId() != null && stores.contains(e.storeId());
    List<String> named = new java.util.ArrayList<>(s.ids() == null ? List.of() : s.ids());
    if (s.groups() != null) {
      s.groups().forEach(g -> named.add("group " + g));
    }
    String needs = "in " + String.join(" or ", named);
    return one(new Check("store", passed, String.valueOf(e.storeId()), needs));
  }

  private static Verdict count(String condition, long value, Long atLeast, Long atMost) {
    boolean passed = inRange(value, atLeast, atMost);
    return one(new Check(condition, passed, Long.toString(value), Labels.range(atLeast, atMost)));
  }

  private static long value(Totals t, Metric m) {
    return switch (m) {
      case TIMES -> t.times();
      case QUANTITY -> t.quantity();
      case SPEND -> t.spend();
    };
  }

  /** The engine's range test: a missing lower bound is 0, so unknown (-1) never matches. */
  static boolean inRange(long value, Number atLeast, Number atMost) {
    long low = atLeast == null ? 0 : atLeast.longValue();
    return value >= low && (atMost == null || value <= atMost.longValue());
  }

  static Verdict one(Check check) {
    return new Verdict(check.passed(), List.of(check));
  }
}
