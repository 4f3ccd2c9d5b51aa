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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A condition tree precompiled to plain Java predicates: keys hashed and stores resolved once. */
interface Check {

  boolean test(Context ctx);

  /** One checkout, with the member's attributes computed once. */
  final class Context {
    final PurchaseHistory history;
    final Map<String, Totals> basket;
    final MemberProfile profile;
    final String store;
    final int day;
    final int age;
    final int tenure;

    Context(
        PurchaseHistory history,
        Map<String, Totals> basket,
        MemberProfile profile,
        String store,
        LocalDate date) {
      this.history = history;
      this.basket = basket;
      this.profile = profile;
      this.store = store;
      this.day = (int) date.toEpochDay();
      this.age = profile.ageOn(date);
      this.tenure = profile.tenureDaysOn(date);
    }
  }

  static Check of(Condition c, StoreGroups groups) {
    if (c.all() != null) {
      Check[] parts = c.all().stream().map(x -> of(x, groups)).toArray(Check[]::new);
      return ctx -> {
        for (Check p : parts) {
          if (!p.test(ctx)) {
            return false;
          }
        }
        return true;
      };
    }
    if (c.any() != null) {
      Check[] parts = c.any().stream().map(x -> of(x, groups)).toArray(Check[]::new);
      return ctx -> {
        for (Check p : parts) {
          if (p.test(ctx)) {
            return true;
          }
        }
        return false;
      };
    }
    if (c.not() != null) {
      Check inner = of(c.not(), groups);
      return ctx -> !inner.test(ctx);
    }
    return leaf(c, groups);
  }

  private static Check leaf(Condition c, StoreGroups groups) {
    if (c.history() != null) {
      var h = c.history();
      String key = ProductKeys.of(h.products());
      return ctx ->
          count(ctx.history.window(key, ctx.day, h.days()), h.metric(), h.atLeast(), h.atMost());
    }
    if (c.basket() != null) {
      var b = c.basket();
      String key = ProductKeys.of(b.products());
      return ctx ->
          count(ctx.basket.getOrDefault(key, Totals.ZERO), b.metric(), b.atLeast(), b.atMost());
    }
    if (c.member() != null) {
      return member(c.member());
    }
    if (c.lifestyle() != null) {
      var l = c.lifestyle();
      Range r = new Range(l.atLeast(), l.atMost());
      return ctx -> in(ctx.profile.scores().getOrDefault(l.score(), -1), r);
    }
    Set<String> stores = new HashSet<>(groups.resolve(c.store().ids(), c.store().groups()));
    return ctx -> ctx.store != null && stores.contains(ctx.store);
  }

  private static Check member(MemberCondition m) {
    Set<String> areas = m.areas() == null ? null : new HashSet<>(m.areas());
    return ctx ->
        (m.gender() == null || m.gender() == ctx.profile.gender())
            && (m.age() == null || in(ctx.age, m.age()))
            && (areas == null || (ctx.profile.area() != null && areas.contains(ctx.profile.area())))
            && (m.tenureDays() == null || in(ctx.tenure, m.tenureDays()));
  }

  private static boolean count(Totals t, Metric metric, Long atLeast, Long atMost) {
    long v = TreeSemantics.value(t, metric);
    return (atLeast == null || v >= atLeast) && (atMost == null || v <= atMost);
  }

  private static boolean in(int v, Range r) {
    return v >= 0
        && (r.atLeast() == null || v >= r.atLeast())
        && (r.atMost() == null || v <= r.atMost());
  }
}
