package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignFiles;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.RulesetBuilder;
import io.receiptcoupons.campaign.engine.DroolsEngine;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.validation.Validator;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Compile and swap: campaign files on disk built by the real {@link RulesetBuilder} and swapped in
 * for the previous ruleset, timed; then the heap a ruleset retains. {@code java ...
 * ReloadBenchmark [n...]}.
 */
public final class ReloadBenchmark {

  private static final int ROUNDS = 3;

  private ReloadBenchmark() {}

  public static void main(String[] args) throws Exception {
    QuietLogging.apply();
    RulesetBuilder builder = builder();
    AtomicReference<Ruleset> live = new AtomicReference<>();
    for (String arg : args.length > 0 ? args : new String[] {"1000", "5000", "10000"}) {
      int n = Integer.parseInt(arg);
      Path dir = write(n);
      for (int round = 0; round <= ROUNDS; round++) {
        long t0 = System.nanoTime();
        Ruleset old = live.getAndSet(builder.build(dir));
        if (old != null) {
          old.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("n=%d round=%d compile+swap=%.2f s%s%n", n, round, seconds, round == 0 ? " (warm-up)" : "");
      }
      System.out.printf("n=%d retained heap=%.0f MB%n", n, retainedMb(live));
    }
  }

  /** Used heap after full GCs with the live ruleset held, minus the same without it. */
  private static double retainedMb(AtomicReference<Ruleset> live) {
    long with = usedAfterGc();
    Ruleset r = live.getAndSet(null);
    r.close();
    r = null;
    long without = usedAfterGc();
    return (with - without) / 1024.0 / 1024.0;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static Path write(int n) throws Exception {
    Path dir = Files.createTempDirectory("reload-" + n);
    for (Campaign c : Programme.named("dunnhumby").campaigns(n)) {
      Files.writeString(dir.resolve(c.id() + ".yaml"), CampaignYaml.of(c));
    }
    return dir;
  }

  /** The real builder; its constructor is package-private for CDI, so it is opened here. */
  private static RulesetBuilder builder() throws Exception {
    CampaignConfig campaigns = config(CampaignConfig.class, Map.of("rulesDir", "rules"));
    ProgrammeConfig programme = config(ProgrammeConfig.class, Map.of("retentionDays", 400));
    Constructor<RulesetBuilder> c =
        RulesetBuilder.class.getDeclaredConstructor(
            CampaignConfig.class, ProgrammeConfig.class, Validator.class, DroolsEngine.class);
    c.setAccessible(true);
    return c.newInstance(campaigns, programme, CampaignFiles.validator(), new DroolsEngine());
  }

  private static <T> T config(Class<T> type, Map<String, Object> values) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, a) -> {
              Object v = values.get(method.getName());
              if (v == null) {
                throw new IllegalStateException("not configured: " + method.getName());
              }
              return v;
            }));
  }
}
