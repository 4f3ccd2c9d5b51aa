package io.receiptcoupons.campaign.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.receiptcoupons.campaign.model.Campaign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated rules, the naive peer rules and the hand-written limit evaluator agree with the
 * condition trees' meaning, on random campaigns and random checkouts.
 */
class EngineAgreementTest {

  private static final int CAMPAIGNS = 150;
  private static final int CHECKOUTS = 600;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void engineAndLimitAgreeWithTheConditionTrees(long seed) throws Exception {
    List<Campaign> campaigns = new RandomProgramme(new Random(seed)).campaigns(CAMPAIGNS);
    RuleCompiler.CompiledRules compiled =
        new RuleCompiler(read("header.drl"), read("campaign.drl.template"))
            .compile(campaigns, RandomProgramme.SCORES, RandomProgramme.GROUPS);
    LimitEvaluator limit = new LimitEvaluator(campaigns, RandomProgramme.GROUPS);
    TreeSemantics meaning = new TreeSemantics(RandomProgramme.GROUPS);
    FactBuilder facts = new FactBuilder(compiled.slots(), RandomProgramme.SCORES);
    RandomCheckouts checkouts = new RandomCheckouts(new Random(seed * 7919));
    int matched = 0;
    try (RuleBase rules = new DroolsEngine().compile(compiled.drl())) {
      for (int i = 0; i < CHECKOUTS; i++) {
        TreeSemantics.Input in = checkouts.next();
        BitSet expected = expected(campaigns, meaning, in);
        BitSet engine = rules.evaluate(facts(facts, in));
        BitSet byLimit =
            limit.evaluate(in.history(), in.basket(), in.profile(), in.store(), in.date());
        compare("engine", seed, campaigns, in, expected, engine);
        compare("limit", seed, campaigns, in, expected, byLimit);
        matched += expected.cardinality();
      }
    }
    // Both outcomes must be common, or agreement would prove little.
    assertThat(matched).isBetween(CHECKOUTS * CAMPAIGNS / 20, CHECKOUTS * CAMPAIGNS * 19 / 20);
  }

  @ParameterizedTest
  @ValueSource(longs = {5})
  void naivePeerRulesMeanTheSame(long seed) throws Exception {
    List<Campaign> campaigns = new RandomProgramme(new Random(seed)).campaigns(CAMPAIGNS);
    RuleCompiler.CompiledRules compiled =
        new NaiveRuleCompiler(read("header.drl"), read("campaign.drl.template"))
            .compile(campaigns, RandomProgramme.SCORES, RandomProgramme.GROUPS);
    TreeSemantics meaning = new TreeSemantics(RandomProgramme.GROUPS);
    NaiveFacts facts = new NaiveFacts(compiled.slots(), RandomProgramme.SCORES);
    RandomCheckouts checkouts = new RandomCheckouts(new Random(seed));
    try (RuleBase rules = new DroolsEngine().compile(compiled.drl())) {
      for (int i = 0; i < CHECKOUTS / 3; i++) {
        TreeSemantics.Input in = checkouts.next();
        BitSet peer =
            rules.evaluate(
                facts.facts(in.history(), in.basket(), in.profile(), in.store(), in.date()));
        compare("peer", seed, campaigns, in, expected(campaigns, meaning, in), peer);
      }
    }
  }

  private static BitSet expected(
      List<Campaign> campaigns, TreeSemantics meaning, TreeSemantics.Input in) {
    BitSet out = new BitSet();
    for (int c = 0; c < campaigns.size(); c++) {
      if (meaning.holds(campaigns.get(c).conditions(), in)) {
        out.set(c);
      }
    }
    return out;
  }

  private static List<Object> facts(FactBuilder facts, TreeSemantics.Input in) {
    return facts.facts(in.history(), in.basket(), in.profile(), in.store(), in.date());
  }

  private static void compare(
      String what,
      long seed,
      List<Campaign> campaigns,
      TreeSemantics.Input in,
      BitSet expected,
      BitSet actual) {
    if (expected.equals(actual)) {
      return;
    }
    BitSet diff = (BitSet) expected.clone();
    diff.xor(actual);
    int c = diff.nextSetBit(0);
    fail(
        "%s disagrees (seed %d) on campaign %s: expected %s%n  conditions: %s%n  profile: %s%n"
            + "  store: %s%n  basket: %s%n  history keys: %s",
        what,
        seed,
        campaigns.get(c).id(),
        expected.get(c),
        campaigns.get(c).conditions(),
        in.profile(),
        in.store(),
        in.basket(),
        in.history().keys());
  }

  private static String read(String file) throws Exception {
    return Files.readString(Path.of("rules", file));
  }
}
