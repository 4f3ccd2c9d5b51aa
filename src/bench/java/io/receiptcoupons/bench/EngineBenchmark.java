package io.receiptcoupons.bench;

import java.util.BitSet;
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

/**
 * One checkout against N live campaigns: the generated rules ({@code engine}), the naive rule shape
 * ({@code peer}) and the hand-written indexed evaluator ({@code limit}), on the same inputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 1,
    jvmArgs = {
      "-Xms1g",
      "-Xmx1g",
      "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
      "-Dlogging.configuration=file:src/bench/resources/logging.properties"
    })
public class EngineBenchmark {

  private static final int SHOPPERS = 256;

  @Param({"10", "100", "1000", "5000", "10000"})
  public int campaigns;

  @Param({"engine", "peer", "limit"})
  public String shape;

  /** dunnhumby: members and campaigns from the shipped summary; dense: the synthetic catalogue. */
  @Param({"dunnhumby"})
  public String programme;

  private Shapes.Shape evaluator;
  private final Programme.Shopper[] shoppers = new Programme.Shopper[SHOPPERS];
  private int next;

  @Setup(Level.Trial)
  public void compile() throws Exception {
    QuietLogging.apply();
    Programme p = Programme.named(programme);
    evaluator = Shapes.of(shape, p.campaigns(campaigns));
    for (int i = 0; i < SHOPPERS; i++) {
      shoppers[i] = p.shopper();
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    evaluator.close();
  }

  @Benchmark
  public BitSet evaluate() {
    return evaluator.evaluate(shoppers[next++ & (SHOPPERS - 1)]);
  }
}
