package io.receiptcoupons.bench.scale;

import io.receiptcoupons.bench.http.Args;
import io.receiptcoupons.bench.http.Service;
import io.receiptcoupons.bench.http.Synthetic;
import io.receiptcoupons.bench.http.Workload;
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
    int members = args.integer("members", 1_000_000);
    int transactions = args.integer("transactions", 3);
    int items = args.integer("items", 5);
    int after = args.integer("days-after", 218);
    Path dir = Path.of(args.text("dir", "target/bench/retention"));
    Path csv = dir.resolve("history-" + members + "x" + transactions + "x" + items + ".csv");
    Path campaigns = dir.resolve("campaigns");
    if (!Files.exists(campaigns)) {
      Synthetic.writeCampaigns(campaigns, args.integer("campaigns", 100), 42);
    }
    if (!Files.exists(csv)) {
      Synthetic.writeMembers(csv, members, transactions, items, 43);
    }
    Path store = dir.resolve("store");
    Workload.clear(store);
    Path file = store.resolve("coupons.mv.db");
    Service.command(file, campaigns, dir.resolve("import.log"), "import-history", csv.toString());
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
        members, swept, wall, before / 1048576.0, unCompacted / 1048576.0,
        Files.size(file) / 1048576.0, Files.readString(Path.of("/proc/loadavg")).trim());
  }
}
