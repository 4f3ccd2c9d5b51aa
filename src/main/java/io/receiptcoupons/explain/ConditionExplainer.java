package io.receiptcoupons.explain;

import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.StoreGroups;
import java.util.ArrayList;
import java.util.List;

/** A plain-Java interpreter of condition trees with the rule engine's semantics, for explaining. */
public final class ConditionExplainer {

  private final Leaves leaves;

  public ConditionExplainer(StoreGroups groups) {
    this.leaves = new Leaves(groups);
  }

  public Verdict explain(Condition c, Evaluation e) {
    if (c.all() != null) {
      List<Verdict> parts = c.all().stream().map(child -> explain(child, e)).toList();
      return combine(parts, parts.stream().allMatch(Verdict::passed));
    }
    if (c.any() != null) {
      List<Verdict> parts = c.any().stream().map(child -> explain(child, e)).toList();
      return combine(parts, parts.stream().anyMatch(Verdict::passed));
    }
    if (c.not() != null) {
      return negate(explain(c.not(), e));
    }
    return leaves.leaf(c, e);
  }

  private static Verdict combine(List<Verdict> parts, boolean passed) {
    List<Check> checks = new ArrayList<>();
    parts.forEach(p -> checks.addAll(p.checks()));
    return new Verdict(passed, checks);
  }

  // A negated subtree reads as one check, so that "passed" never contradicts what it shows.
  private static Verdict negate(Verdict inner) {
    boolean passed = !inner.passed();
    String condition = join(inner, Check::condition);
    String actual = join(inner, Check::actual);
    String needs = join(inner, Check::needs);
    return new Verdict(
        passed, List.of(new Check("not (" + condition + ")", passed, actual, "not " + needs)));
  }

  private static String join(Verdict v, java.util.function.Function<Check, String> part) {
    return String.join("; ", v.checks().stream().map(part).toList());
  }
}
