package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Renders one AND of literals as DRL patterns over threshold facts (at most n: no n+1 fact). */
final class Conjunction {

  private final SlotTable slots;
  private final Predicates predicates;
  private final List<String> positive = new ArrayList<>();
  private final List<String> negative = new ArrayList<>();
  private final List<Function<String, String>> attributes = new ArrayList<>();
  private boolean unsatisfiable;

  Conjunction(SlotTable slots, Predicates predicates) {
    this.slots = slots;
    this.predicates = predicates;
  }

  /** DRL for the conjunction, or null when it can never hold. */
  String render(List<Dnf.Literal> literals) {
    literals.forEach(this::add);
    if (unsatisfiable) {
      return null;
    }
    List<String> patterns = new ArrayList<>();
    if (positive.isEmpty()) {
      patterns.add("MemberFact(" + attributeConstraints("") + ")");
    } else {
      // Basket patterns lead: a basket holds few keys, so they are the most selective.
      positive.sort((a, b) -> Boolean.compare(!a.startsWith("Basket"), !b.startsWith("Basket")));
      String attrs = attributeConstraints("member.");
      String first = positive.get(0);
      patterns.add(attrs.isEmpty() ? first + ")" : first + ", " + attrs + ")");
      positive.stream().skip(1).map(p -> p + ")").forEach(patterns::add);
    }
    patterns.addAll(negative);
    return String.join(" and ", patterns);
  }

  private void add(Dnf.Literal lit) {
    Condition c = lit.leaf();
    if (c.history() != null) {
      int slot = slots.historySlot(c.history().key(), c.history().days());
      count(
          "HistoryFact",
          slot,
          c.history().metric(),
          c.history().scaledAtLeast(),
          c.history().scaledAtMost(),
          lit.negated());
    } else if (c.basket() != null) {
      int slot = slots.basketSlot(c.basket().key());
      count(
          "BasketFact",
          slot,
          c.basket().metric(),
          c.basket().scaledAtLeast(),
          c.basket().scaledAtMost(),
          lit.negated());
    } else {
      attributes.add(p -> negate(attribute(c, p), lit.negated()));
    }
  }

  private String attribute(Condition c, String prefix) {
    if (c.member() != null) {
      return predicates.member(c.member(), prefix);
    }
    if (c.lifestyle() != null) {
      return predicates.lifestyle(c.lifestyle(), prefix);
    }
    if (c.partner() != null) {
      return predicates.partner(c.partner(), prefix);
    }
    return predicates.store(c.store(), prefix);
  }

  private void count(
      String type, int slot, Metric metric, Long atLeast, Long atMost, boolean negated) {
    boolean holdsAtZero = atLeast == null || atLeast <= 0;
    if (holdsAtZero && atMost == null) {
      // Always true (e.g. "at least 0"): drop it, or under a not, the whole conjunction.
      unsatisfiable |= negated;
      return;
    }
    String over = atMost == null ? null : reached(type, slot, metric, atMost + 1);
    if (holdsAtZero) {
      if (negated) {
        positive.add(over);
      } else {
        negative.add("not " + over + ")");
      }
      return;
    }
    String low = reached(type, slot, metric, atLeast);
    if (!negated) {
      positive.add(low);
      if (over != null) {
        negative.add("not " + over + ")");
      }
    } else {
      negative.add(over == null ? "not " + low + ")" : "not (" + low + ") and not " + over + "))");
    }
  }

  /** An open pattern on the interned threshold: every count test is a hashed int equality. */
  private String reached(String type, int slot, Metric metric, long atLeast) {
    return type + "(id == " + slots.threshold(slot, metric, atLeast);
  }

  private String attributeConstraints(String prefix) {
    return attributes.stream()
        .map(a -> a.apply(prefix))
        .reduce((a, b) -> a + " && " + b)
        .orElse("");
  }

  private static String negate(String constraint, boolean negated) {
    return negated ? "!" + constraint : constraint;
  }
}
