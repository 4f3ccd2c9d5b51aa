package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.campaign.engine.FactBuilder;
import io.receiptcoupons.campaign.engine.LimitEvaluator;
import io.receiptcoupons.campaign.engine.RuleCompiler;
import io.receiptcoupons.campaign.model.Campaign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What one evaluation handles, averaged over shoppers: history keys, facts inserted and campaigns
 * matched. {@code java ... EngineStats [programme] [n...]}.
 */
public final class EngineStats {

  private EngineStats() {}

  public static void main(String[] args) throws Exception {
    String name = args.length > 0 ? args[0] : "dunnhumby";
    String header = Files.readString(Path.of("rules/header.drl"));
    String template = Files.readString(Path.of("rules/campaign.drl.template"));
    for (int a = 1; a < Math.max(2, args.length); a++) {
      int n = args.length > a ? Integer.parseInt(args[a]) : 1000;
      Programme p = Programme.named(name);
      List<Campaign> list = p.campaigns(n);
      var compiled = new RuleCompiler(header, template).compile(list, LifestyleScores.NONE, StoreGroups.NONE);
      FactBuilder facts = new FactBuilder(compiled.slots(), LifestyleScores.NONE);
      LimitEvaluator limit = new LimitEvaluator(list, StoreGroups.NONE);
      long keys = 0, inserted = 0, matched = 0;
      int shoppers = 200;
      for (int i = 0; i < shoppers; i++) {
        Programme.Shopper s = p.shopper();
        keys += s.history().keys().size();
        inserted += facts.facts(s.history(), s.basket(), s.profile(), "S0001", Programme.DAY).size();
        matched += limit.evaluate(s.history(), s.basket(), s.profile(), "S0001", Programme.DAY).cardinality();
      }
      System.out.printf(
          "%s n=%d: per evaluation %.0f history keys, %.0f facts, %.1f campaigns matched%n",
          name, n, keys / (double) shoppers, inserted / (double) shoppers, matched / (double) shoppers);
    }
  }
}
