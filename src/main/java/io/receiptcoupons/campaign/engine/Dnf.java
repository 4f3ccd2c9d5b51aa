package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.Condition;
import java.util.ArrayList;
import java.util.List;

/** Rewrites a condition tree as an OR of ANDs of (possibly negated) predicates. */
final class Dnf {

  static final int MAX_TERMS = 64;

  /** A predicate leaf of the tree, and whether it appears under an odd number of nots. */
  record Literal(Condition leaf, boolean negated) {}

  private Dnf() {}

  static List<List<Literal>> of(Condition c) {
    return of(c, false);
  }

  private static List<List<Literal>> of(Condition c, boolean negated) {
    if (c.not() != null) {
      return of(c.not(), !negated);
    }
    if (c.all() != null) {
      return negated ? union(c.all(), true) : product(c.all(), false);
    }
    if (c.any() != null) {
      return negated ? product(c.any(), true) : union(c.any(), false);
    }
    List<List<Literal>> single = new ArrayList<>();
    single.add(List.of(new Literal(c, negated)));
    return single;
  }

  private static List<List<Literal>> union(List<Condition> children, boolean negated) {
    List<List<Literal>> out = new ArrayList<>();
    children.forEach(child -> out.addAll(of(child, negated)));
    return checked(out);
  }

  private static List<List<Literal>> product(List<Condition> children, boolean negated) {
    List<List<Literal>> out = new ArrayList<>();
    out.add(List.of());
    for (Condition child : children) {
      List<List<Literal>> next = new ArrayList<>();
      for (List<Literal> left : out) {
        for (List<Literal> right : of(child, negated)) {
          List<Literal> joined = new ArrayList<>(left);
          joined.addAll(right);
          next.add(joined);
        }
      }
      out = checked(next);
    }
    return out;
  }

  private static List<List<Literal>> checked(List<List<Literal>> terms) {
    if (terms.size() > MAX_TERMS) {
      throw new IllegalArgumentException(
          "the conditions expand to more than " + MAX_TERMS + " alternatives; simplify them");
    }
    return terms;
  }
}
