package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.product.ProductKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' peer: the naive rule shape over the same campaigns. Every alternative opens with
 * the shared {@code MemberFact(...)} pattern and joins count facts ({@link NaiveFacts}) back to it.
 */
public final class NaiveRuleCompiler {

  private final String header;
  private final String template;

  public NaiveRuleCompiler(String header, String template) {
    this.header = header;
    this.template = template;
  }

  public RuleCompiler.CompiledRules compile(
      List<Campaign> campaigns, LifestyleScores scores, StoreGroups groups) {
    SlotTable slots = new SlotTable();
    Predicates predicates = new Predicates(slots, scores, groups);
    StringBuilder drl =
        new StringBuilder(header).append("\nimport io.receiptcoupons.campaign.engine.CountFact;\n");
    for (int i = 0; i < campaigns.size(); i++) {
      List<String> terms = new ArrayList<>();
      for (List<Dnf.Literal> term : Dnf.of(campaigns.get(i).conditions())) {
        terms.add("( " + term(term, slots, predicates) + " )");
      }
      String when = "    " + String.join("\n    or\n    ", terms);
      drl.append(
          template
              .replace("${name}", campaigns.get(i).id())
              .replace("${index}", Integer.toString(i))
              .replace("${when}", when));
    }
    return new RuleCompiler.CompiledRules(drl.toString(), slots, new DrlMap(header, template));
  }

  private static String term(List<Dnf.Literal> literals, SlotTable slots, Predicates p) {
    List<String> attributes = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (Dnf.Literal l : literals) {
      Condition c = l.leaf();
      String neg = l.negated() ? "not " : "";
      if (c.history() != null) {
        var h = c.history();
        int slot = slots.historySlot(ProductKeys.of(h.products()), h.days());
        counts.add(count(slot, h.metric(), h.atLeast(), h.atMost(), l.negated()));
      } else if (c.basket() != null) {
        var b = c.basket();
        int slot = slots.basketSlot(ProductKeys.of(b.products()));
        counts.add(count(slot, b.metric(), b.atLeast(), b.atMost(), l.negated()));
      } else if (c.member() != null) {
        attributes.add((l.negated() ? "!" : "") + p.member(c.member(), ""));
      } else if (c.lifestyle() != null) {
        attributes.add((l.negated() ? "!" : "") + p.lifestyle(c.lifestyle(), ""));
      } else {
        attributes.add((l.negated() ? "!" : "") + p.store(c.store(), ""));
      }
    }
    List<String> patterns = new ArrayList<>();
    patterns.add("$m : MemberFact(" + String.join(" && ", attributes) + ")");
    patterns.addAll(counts);
    return String.join(" and ", patterns);
  }

  /** A count is tested on its fact, or, when it holds at zero, as a not over its complement. */
  private static String count(int slot, Metric metric, Long atLeast, Long atMost, boolean negated) {
    String f = metric.field();
    String join = "CountFact(member == $m, slot == " + slot + ", ";
    boolean zeroHolds = atLeast == null || atLeast <= 0;
    if (zeroHolds) {
      String over = atMost == null ? "false" : f + " > " + atMost;
      return (negated ? "" : "not ") + join + over + ")";
    }
    String in = f + " >= " + atLeast + (atMost == null ? "" : " && " + f + " <= " + atMost);
    return (negated ? "not " : "") + join + in + ")";
  }
}
