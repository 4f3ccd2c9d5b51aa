package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.product.ProductKeys;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.time.LocalDate;
import java.util.Map;

/**
 * A condition tree's meaning, evaluated directly and written independently of the rule compiler:
 * the specification both the generated rules and the limit evaluator must agree with.
 */
final class TreeSemantics {

  private final StoreGroups groups;

  TreeSemantics(StoreGroups groups) {
    this.groups = groups;
  }

  /** One checkout, as the rules see it. */
  record Input(
      PurchaseHistory history,
      Map<String, Totals> basket,
      MemberProfile profile,
      String store,
      LocalDate date) {}

  boolean holds(Condition c, Input in) {
    if (c.all() != null) {
      return c.all().stream().allMatch(child -> holds(child, in));
    }
    if (c.any() != null) {
      return c.any().stream().anyMatch(child -> holds(child, in));
    }
    if (c.not() != null) {
      return !holds(c.not(), in);
    }
    if (c.history() != null) {
      var h = c.history();
      int day = (int) in.date().toEpochDay();
      Totals t = in.history().window(ProductKeys.of(h.products()), day, h.days());
      return within(value(t, h.metric()), h.atLeast(), h.atMost());
    }
    if (c.basket() != null) {
      var b = c.basket();
      Totals t = in.basket().getOrDefault(ProductKeys.of(b.products()), Totals.ZERO);
      return within(value(t, b.metric()), b.atLeast(), b.atMost());
    }
    return attribute(c, in);
  }

  private boolean attribute(Condition c, Input in) {
    if (c.member() != null) {
      return member(c.member(), in.profile(), in.date());
    }
    if (c.lifestyle() != null) {
      var l = c.lifestyle();
      int score = in.profile().scores().getOrDefault(l.score(), -1);
      return within(score, new Range(l.atLeast(), l.atMost()));
    }
    return in.store() != null
        && groups.resolve(c.store().ids(), c.store().groups()).contains(in.store());
  }

  private static boolean member(MemberCondition m, MemberProfile p, LocalDate date) {
    return (m.gender() == null || m.gender() == p.gender())
        && (m.age() == null || within(p.ageOn(date), m.age()))
        && (m.areas() == null || (p.area() != null && m.areas().contains(p.area())))
        && (m.tenureDays() == null || within(p.tenureDaysOn(date), m.tenureDays()));
  }

  /** Unknown values are -1 and never in a range. */
  private static boolean within(int value, Range r) {
    return value >= 0
        && (r.atLeast() == null || value >= r.atLeast())
        && (r.atMost() == null || value <= r.atMost());
  }

  static long value(Totals t, Metric m) {
    return switch (m) {
      case TIMES -> t.times();
      case QUANTITY -> t.quantity();
      case SPEND -> t.spend();
    };
  }

  static boolean within(long value, Long atLeast, Long atMost) {
    return (atLeast == null || value >= atLeast) && (atMost == null || value <= atMost);
  }
}
