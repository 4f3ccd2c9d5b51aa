package io.receiptcoupons.bench.scale;

import io.receiptcoupons.bench.http.Args;
import io.receiptcoupons.bench.http.Service;
import io.receiptcoupons.bench.http.Synthetic;
import io.receiptcoupons.bench.http.Workload;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bulk import rate alone: the packaged jar's import-history into a fresh store per round. */
// The scale benchmark's synthetic CSV and campaigns stay in dir, so another jar can import the
// very same file (the before/after comparison in docs/benchmarks.md, section 3).
public final class ImportBench {

  private ImportBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int members = args.integer("members", 100_000);
    int transactions = args.integer("transactions", 3);
    int items = args.integer("items", 5);
    Path dir = Path.of(args.text("dir", "target/bench/import"));
    Path csv = dir.resolve("history-" + members + "x" + transactions + "x" + items + ".csv");
    Path campaigns = dir.resolve("campaigns");
    if (!Files.exists(campaigns)) {
      Synthetic.writeCampaigns(campaigns, args.integer("campaigns", 1000), 42);
    }
    if (!Files.exists(csv)) {
      Synthetic.writeMembers(csv, members, transactions, items, 43);
    }
    for (int round = 1; round <= args.integer("rounds", 2); round++) {
      Path store = dir.resolve("store-" + round);
      Workload.clear(store);
      String out =
          Service.command(
              store.resolve("coupons.mv.db"), campaigns, dir.resolve("import.log"), "import-history",
              csv.toString());
      String line = out.lines().filter(l -> l.startsWith("imported")).findFirst().orElse(out);
      System.out.printf(
          "round %d: %s | store %.1f MiB | load %s%n",
          round, line, Files.size(store.resolve("coupons.mv.db")) / 1048576.0,
          Files.readString(Path.of("/proc/loadavg")).trim());
    }
  }
}
