package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.StoreGroups;
import io.receiptcoupons.campaign.engine.DroolsEngine;
import io.receiptcoupons.campaign.engine.FactBuilder;
import io.receiptcoupons.campaign.engine.RuleBase;
import io.receiptcoupons.campaign.engine.RuleCompiler;
import io.receiptcoupons.member.MemberProfile;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.Totals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** One checkout evaluated (facts built, Drools fired) against N live campaigns. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {
      "-Xms1g",
      "-Xmx1g",
      "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
      "-Dlogging.configuration=file:src/bench/resources/logging.properties"
    })
public class EngineBenchmark {

  private static final int MEMBERS = 64;

  @Param({"10", "100", "1000", "5000", "10000"})
  public int campaigns;

  /** Catalogue size: 300 is dense (a member touches 20% of it); dunnhumby has 2,379 types. */
  @Param({"300", "2400"})
  public int categories;

  private RuleBase rules;
  private FactBuilder facts;
  private final PurchaseHistory[] histories = new PurchaseHistory[MEMBERS];
  private final MemberProfile[] profiles = new MemberProfile[MEMBERS];
  @SuppressWarnings("unchecked")
  private final Map<String, Totals>[] baskets = new Map[MEMBERS];
  private int next;

  @Setup(Level.Trial)
  public void compile() throws Exception {
    SyntheticProgramme programme = new SyntheticProgramme(categories);
    RuleCompiler compiler =
        new RuleCompiler(Files.readString(Path.of("rules/header.drl")), Files.readString(Path.of("rules/campaign.drl.template")));
    var compiled = compiler.compile(programme.campaigns(campaigns), SyntheticProgramme.noScores(), StoreGroups.NONE);
    rules = new DroolsEngine().compile(compiled.drl());
    facts = new FactBuilder(compiled.slots(), SyntheticProgramme.noScores(), StoreGroups.NONE);
    for (int i = 0; i < MEMBERS; i++) {
      histories[i] = programme.history();
      profiles[i] = programme.profile();
      baskets[i] = programme.basket();
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    rules.close();
  }

  @Benchmark
  public BitSet evaluate() {
    int i = next++ & (MEMBERS - 1);
    return rules.evaluate(facts.facts(histories[i], baskets[i], profiles[i], "S0001", SyntheticProgramme.DAY));
  }
}
