package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.campaign.engine.DroolsEngine;
import io.receiptcoupons.campaign.engine.FactBuilder;
import io.receiptcoupons.campaign.engine.LimitEvaluator;
import io.receiptcoupons.campaign.engine.NaiveFacts;
import io.receiptcoupons.campaign.engine.NaiveRuleCompiler;
import io.receiptcoupons.campaign.engine.RuleBase;
import io.receiptcoupons.campaign.engine.RuleCompiler;
import io.receiptcoupons.campaign.model.Campaign;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/** The three things the engine benchmark compares, behind one call: a checkout in, matches out. */
final class Shapes {

  private static final String STORE = "S0001";

  private Shapes() {}

  /** One compiled shape; {@link #close} frees its rule base. */
  interface Shape extends AutoCloseable {
    BitSet evaluate(Programme.Shopper s);

    @Override
    default void close() {}
  }

  static Shape of(String name, List<Campaign> campaigns) throws IOException {
    String header = Files.readString(Path.of("rules/header.drl"));
    String template = Files.readString(Path.of("rules/campaign.drl.template"));
    return switch (name) {
      case "engine" -> engine(new RuleCompiler(header, template), campaigns);
      case "peer" -> peer(new NaiveRuleCompiler(header, template), campaigns);
      case "limit" -> limit(new LimitEvaluator(campaigns, StoreGroups.NONE));
      default -> throw new IllegalArgumentException("unknown shape " + name);
    };
  }

  private static Shape engine(RuleCompiler compiler, List<Campaign> campaigns) {
    var compiled = compiler.compile(campaigns, LifestyleScores.NONE, StoreGroups.NONE);
    FactBuilder facts = new FactBuilder(compiled.slots(), LifestyleScores.NONE);
    RuleBase rules = new DroolsEngine().compile(compiled.drl());
    return drools(rules, s -> facts.facts(s.history(), s.basket(), s.profile(), STORE, Programme.DAY));
  }

  private static Shape peer(NaiveRuleCompiler compiler, List<Campaign> campaigns) {
    var compiled = compiler.compile(campaigns, LifestyleScores.NONE, StoreGroups.NONE);
    NaiveFacts facts = new NaiveFacts(compiled.slots(), LifestyleScores.NONE);
    RuleBase rules = new DroolsEngine().compile(compiled.drl());
    return drools(rules, s -> facts.facts(s.history(), s.basket(), s.profile(), STORE, Programme.DAY));
  }

  private static Shape drools(
      RuleBase rules, java.util.function.Function<Programme.Shopper, List<Object>> facts) {
    return new Shape() {
      @Override
      public BitSet evaluate(Programme.Shopper s) {
        return rules.evaluate(facts.apply(s));
      }

      @Override
      public void close() {
        rules.close();
      }
    };
  }

  private static Shape limit(LimitEvaluator limit) {
    return s -> limit.evaluate(s.history(), s.basket(), s.profile(), STORE, Programme.DAY);
  }
}
