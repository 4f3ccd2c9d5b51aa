package io.receiptcoupons.bench.scale;

import io.receiptcoupons.bench.http.Args;
import io.receiptcoupons.bench.http.Service;
import io.receiptcoupons.bench.http.Synthetic;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The retention sweep's cost: N synthetic members' history imported by the packaged jar, then one
 * {@code retention-sweep} as of a day that puts about half of each history past the retention.
 */
// History days fall in the 364 days before Synthetic.DAY; at DAY + 218 the 400-day retention
// keeps the last 182 of them, so about half the buckets go and the members who bought only
// earlier are forgotten whole.
public final class RetentionBench {

  private RetentionBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    SyntheticHistory history =
        SyntheticHistory.prepare(args, 1_000_000, 100, "target/bench/retention");
    int after = args.integer("days-after", 218);
    Path dir = history.dir();
    Path campaigns = history.campaigns();
    Path store = dir.resolve("store");
    Path file = store.resolve("coupons.mv.db");
    history.importInto(store);
    long before = Files.size(file);
    String at = Synthetic.DAY.plusDays(after) + "T00:00:00Z";
    long started = System.nanoTime();
    String out =
        Service.command(file, campaigns, dir.resolve("sweep.log"), "retention-sweep", "--at", at);
    double wall = (System.nanoTime() - started) / 1e9;
    String swept = out.lines().filter(l -> l.startsWith("swept")).findFirst().orElse(out);
    long unCompacted = Files.size(file);
    Service.command(file, campaigns, dir.resolve("compact.log"), "compact", file.toString());
    System.out.printf(
        "%,d members: %s | process %.1f s | store %.1f MiB before, %.1f after, %.1f compacted"
            + " | load %s%n",
        history.members(), swept, wall, before / 1048576.0, unCompacted / 1048576.0,
        Files.size(file) / 1048576.0, Files.readString(Path.of("/proc/loadavg")).trim());
  }
}
