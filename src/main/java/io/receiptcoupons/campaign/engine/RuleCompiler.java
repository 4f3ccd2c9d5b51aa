package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.StoreGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compiles campaigns into DRL, one rule per campaign, shaped for Drools' indexes: each pattern
 * leads with a hashed int slot, and member attributes fold into that pattern's constraints.
 */
public final class RuleCompiler {

  private final String header;
  private final String template;

  /**
   * {@code header} and {@code template} come from rules/; the template has ${name}, ${when},
   * ${index}.
   */
  public RuleCompiler(String header, String template) {
    this.header = header;
    this.template = template;
  }

  /** The DRL for all campaigns, plus the slot table that fact building must use with it. */
  public CompiledRules compile(
      List<Campaign> campaigns, LifestyleScores scores, StoreGroups groups) {
    SlotTable slots = new SlotTable();
    Predicates predicates = new Predicates(slots, scores, groups);
    StringBuilder drl = new StringBuilder(header).append('\n');
    DrlMap map = new DrlMap(header, template);
    for (int i = 0; i < campaigns.size(); i++) {
      String when = when(campaigns.get(i).conditions(), slots, predicates);
      if (when != null) {
        String rule = rule(campaigns.get(i).id(), i, when);
        map.add(campaigns.get(i).id(), when, rule);
        drl.append(rule);
      }
    }
    return new CompiledRules(drl.toString(), slots, map);
  }

  /** The generated DRL, its slot table, and where each of its lines came from. */
  public record CompiledRules(String drl, SlotTable slots, DrlMap lines) {}

  private String rule(String id, int index, String when) {
    return template
        .replace("${name}", id)
        .replace("${index}", Integer.toString(index))
        .replace("${when}", when);
  }

  private static String when(Condition conditions, SlotTable slots, Predicates predicates) {
    List<String> terms = new ArrayList<>();
    for (List<Dnf.Literal> conjunction : Dnf.of(conditions)) {
      String term = new Conjunction(slots, predicates).render(conjunction);
      if (term != null) {
        terms.add(term);
      }
    }
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return "    " + terms.get(0);
    }
    return terms.stream().map(t -> "    ( " + t + " )").collect(Collectors.joining("\n    or\n"));
  }
}
