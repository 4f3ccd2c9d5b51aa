package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.campaign.engine.DroolsEngine;
import io.receiptcoupons.campaign.engine.FactBuilder;
import io.receiptcoupons.campaign.engine.RuleBase;
import io.receiptcoupons.campaign.engine.RuleCompiler;
import io.receiptcoupons.campaign.model.Campaign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A plain loop over the engine, for profilers (JFR) rather than for figures: {@code java ...
 * EngineLoop programme n seconds}. Prints the median and 99th percentile it saw.
 */
public final class EngineLoop {

  private EngineLoop() {}

  public static void main(String[] args) throws Exception {
    QuietLogging.apply();
    Programme p = Programme.named(args[0]);
    List<Campaign> list = p.campaigns(Integer.parseInt(args[1]));
    long seconds = Long.parseLong(args[2]);
    var compiled =
        new RuleCompiler(
                Files.readString(Path.of("rules/header.drl")),
                Files.readString(Path.of("rules/campaign.drl.template")))
            .compile(list, LifestyleScores.NONE, StoreGroups.NONE);
    FactBuilder facts = new FactBuilder(compiled.slots(), LifestyleScores.NONE);
    Programme.Shopper[] shoppers = new Programme.Shopper[256];
    Arrays.setAll(shoppers, i -> p.shopper());
    try (RuleBase rules = new DroolsEngine().compile(compiled.drl())) {
      long[] samples = new long[1 << 20];
      int n = 0;
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      while (System.nanoTime() < end && n < samples.length) {
        Programme.Shopper s = shoppers[n & 255];
        long t0 = System.nanoTime();
        rules.evaluate(facts.facts(s.history(), s.basket(), s.profile(), "S0001", Programme.DAY));
        samples[n++] = System.nanoTime() - t0;
      }
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / n;
      long[] done = Arrays.copyOf(samples, n);
      Arrays.sort(done);
      long f0 = threads.getCurrentThreadCpuTime();
      List<List<Object>> built = new java.util.ArrayList<>();
      for (int i = 0; i < 25_600; i++) {
        Programme.Shopper s = shoppers[i & 255];
        List<Object> f = facts.facts(s.history(), s.basket(), s.profile(), "S0001", Programme.DAY);
        if (i < 256) {
          built.add(f);
        }
      }
      long f1 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < 25_600; i++) {
        rules.evaluate(built.get(i & 255));
      }
      long f2 = threads.getCurrentThreadCpuTime();
      System.out.printf(
          "cpu per call: facts %.1f us, rules %.1f us%n", (f1 - f0) / 25_600 / 1e3, (f2 - f1) / 25_600 / 1e3);
      System.out.printf(
          "n=%s evaluations=%d p50=%.1f us p99=%.1f us cpu/evaluation=%.1f us%n",
          args[1], n, done[n / 2] / 1e3, done[n * 99 / 100] / 1e3, cpu);
    }
  }
}
