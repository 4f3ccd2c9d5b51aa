package io.receiptcoupons.bench.scale;

import io.receiptcoupons.bench.http.Args;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bulk import rate alone: the packaged jar's import-history into a fresh store per round. */
// The scale benchmark's synthetic CSV and campaigns stay in dir, so another jar can import the
// very same file (the before/after comparison in docs/benchmarks.md, section 3).
public final class ImportBench {

  private ImportBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    SyntheticHistory history = SyntheticHistory.prepare(args, 100_000, 1000, "target/bench/import");
    for (int round = 1; round <= args.integer("rounds", 2); round++) {
      Path store = history.dir().resolve("store-" + round);
      String out = history.importInto(store);
      String line = out.lines().filter(l -> l.startsWith("imported")).findFirst().orElse(out);
      System.out.printf(
          "round %d: %s | store %.1f MiB | load %s%n",
          round, line, Files.size(store.resolve("coupons.mv.db")) / 1048576.0,
          Files.readString(Path.of("/proc/loadavg")).trim());
    }
  }
}
