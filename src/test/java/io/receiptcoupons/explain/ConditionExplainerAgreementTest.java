package io.receiptcoupons.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.campaign.CampaignFiles;
import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.RulesetBuilder;
import io.receiptcoupons.campaign.model.Campaign;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interpreter behind explain agrees with the compiled Drools rules, exactly, over random
 * campaigns and random shoppers; on a disagreement it prints the seed and the explanation.
 */
@QuarkusTest
class ConditionExplainerAgreementTest {

  static final int CAMPAIGNS = 60;
  static final int SHOPPERS = 3000;
  @Inject RulesetBuilder builder;

  @Test
  void theInterpretersEligibleSetEqualsTheRuleEnginesForEveryShopper(@TempDir Path dir)
      throws Exception {
    long seed = Long.getLong("explain.seed", System.nanoTime());
    Random random = new Random(seed);
    CampaignFiles.copyOfSamples(dir);
    int samples;
    try (Ruleset sampleRules = builder.build(dir)) {
      samples = sampleRules.campaigns().size();
    }
    new RandomCampaigns(random).write(dir, CAMPAIGNS);
    try (Ruleset rules = builder.build(dir)) {
      assertThat(rules.campaigns()).hasSize(CAMPAIGNS + samples);
      ConditionExplainer explainer = new ConditionExplainer(rules.storeGroups());
      RandomShoppers shoppers = new RandomShoppers(random, rules.products());
      int eligibleSeen = 0;
      for (int i = 0; i < SHOPPERS; i++) {
        Evaluation e = shoppers.next();
        Set<String> drools = ids(rules.eligible(e));
        Set<String> explained = explained(rules, explainer, e);
        if (!drools.equals(explained)) {
          fail(disagreement(seed, i, rules, explainer, e, drools, explained));
        }
        eligibleSeen += drools.size();
      }
      // Guards against a vacuous pass where nothing is ever eligible.
      assertThat(eligibleSeen).as("seed %d", seed).isGreaterThan(SHOPPERS / 10);
    }
  }

  private static Set<String> ids(List<Campaign> campaigns) {
    Set<String> ids = new TreeSet<>();
    campaigns.forEach(c -> ids.add(c.id()));
    return ids;
  }

  private static Set<String> explained(Ruleset rules, ConditionExplainer x, Evaluation e) {
    Set<String> ids = new TreeSet<>();
    rules.campaigns().stream()
        .filter(c -> x.explain(c.conditions(), e).passed())
        .forEach(c -> ids.add(c.id()));
    return ids;
  }

  private static String disagreement(
      long seed,
      int shopper,
      Ruleset rules,
      ConditionExplainer x,
      Evaluation e,
      Set<String> drools,
      Set<String> explained) {
    StringBuilder text =
        new StringBuilder("seed " + seed + " (rerun with -Dexplain.seed=" + seed + "), shopper ")
            .append(shopper)
            .append(": drools ")
            .append(drools)
            .append(", explain ")
            .append(explained)
            .append('\n')
            .append(e.profile())
            .append(" at ")
            .append(e.storeId())
            .append(" on ")
            .append(e.localDate());
    rules.campaigns().stream()
        .filter(c -> drools.contains(c.id()) != explained.contains(c.id()))
        .forEach(
            c -> text.append('\n').append(c).append('\n').append(x.explain(c.conditions(), e)));
    return text.toString();
  }
}
