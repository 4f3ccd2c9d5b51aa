package io.receiptcoupons.authoring;

import io.receiptcoupons.campaign.model.BasketCondition;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.HistoryCondition;
import io.receiptcoupons.campaign.model.LifestyleCondition;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.product.ProductSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A quantity a condition limits to [lo, hi]: tea times in 90 days, the member's age, ... */
record Bound(String quantity, long lo, long hi, String text, boolean count) {

  static final long OPEN = Long.MAX_VALUE;

  /** The bounds a condition puts on its quantities; a not of a one-sided bound flips it. */
  static List<Bound> of(Condition c) {
    if (c.not() != null) {
      return of(c.not()).stream().map(Bound::complement).filter(Objects::nonNull).toList();
    }
    List<Bound> out = new ArrayList<>();
    if (c.history() != null) {
      HistoryCondition h = c.history();
      String what = h.metric().field() + unit(h.unit()) + " of " + products(h.products());
      out.add(span(what + " in the last " + h.days() + " days", h.atLeast(), h.atMost(), true));
    } else if (c.basket() != null) {
      BasketCondition b = c.basket();
      String what =
          b.metric().field() + unit(b.unit()) + " of " + products(b.products()) + " in the basket";
      out.add(span(what, b.atLeast(), b.atMost(), true));
    } else if (c.lifestyle() != null) {
      LifestyleCondition l = c.lifestyle();
      out.add(span("score " + l.score(), number(l.atLeast()), number(l.atMost()), false));
    } else if (c.member() != null) {
      member(c.member(), out);
    }
    return out;
  }

  // Litres and kilograms are other quantities than units, so their bounds never intersect.
  private static String unit(io.receiptcoupons.product.Unit unit) {
    return unit == null ? "" : " in " + unit.code();
  }

  /**
   * True for a count that holds at zero with no upper limit. Member attributes and scores never
   * always hold: an unknown one matches no bound.
   */
  boolean always() {
    return count && lo <= 0 && hi == OPEN;
  }

  Bound intersect(Bound other) {
    return new Bound(
        quantity,
        Math.max(lo, other.lo),
        Math.min(hi, other.hi),
        text + " and " + other.text,
        count);
  }

  boolean empty() {
    return lo > hi;
  }

  // Only a count has a simple complement: not "at least 5 times" is "at most 4 times". A member
  // attribute's complement also takes in the members for whom it is unknown.
  private Bound complement() {
    if (count && hi == OPEN && lo > 0) {
      return new Bound(quantity, 0, lo - 1, "not " + text, true);
    }
    if (count && lo <= 0 && hi != OPEN) {
      return new Bound(quantity, hi + 1, OPEN, "not " + text, true);
    }
    return null;
  }

  private static void member(MemberCondition m, List<Bound> out) {
    if (m.gender() != null) {
      long g = m.gender().ordinal();
      out.add(new Bound("member gender", g, g, m.gender().code(), false));
    }
    range("member age", m.age(), out);
    range("member tenure in days", m.tenureDays(), out);
  }

  private static void range(String quantity, Range r, List<Bound> out) {
    if (r != null) {
      out.add(span(quantity, number(r.atLeast()), number(r.atMost()), false));
    }
  }

  private static Bound span(String quantity, Long atLeast, Long atMost, boolean count) {
    long lo = atLeast == null ? 0 : atLeast;
    long hi = atMost == null ? OPEN : atMost;
    String text =
        Stream.of(
                atLeast == null ? null : "at least " + atLeast,
                atMost == null ? null : "at most " + atMost)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" and "));
    return new Bound(quantity, lo, hi, text, count);
  }

  private static Long number(Integer n) {
    return n == null ? null : n.longValue();
  }

  private static String products(ProductSet p) {
    List<String> parts = new ArrayList<>();
    if (!p.categories().isEmpty()) {
      parts.add("categories " + p.categories());
    }
    if (!p.brands().isEmpty()) {
      parts.add("brands " + p.brands());
    }
    if (!p.skus().isEmpty()) {
      parts.add("skus " + p.skus());
    }
    return String.join(" ", parts);
  }
}
