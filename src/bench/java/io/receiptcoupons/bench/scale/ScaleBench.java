package io.receiptcoupons.bench.scale;

import io.receiptcoupons.bench.http.Args;
import io.receiptcoupons.bench.http.CheckoutMix;
import io.receiptcoupons.bench.http.OpenLoop;
import io.receiptcoupons.bench.http.Report;
import io.receiptcoupons.bench.http.Service;
import io.receiptcoupons.bench.http.Workload;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 6, benchmark 3: 10k, 100k and 1M members in the embedded store; import rate, bytes per
 * member on disk and in heap, and the checkout p99 at one fixed moderate rate.
 */
public final class ScaleBench {

  private ScaleBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int campaigns = args.integer("campaigns", 1000);
    int rate = args.integer("rate", 200);
    int seconds = args.integer("seconds", 30);
    int transactions = args.integer("transactions", 3);
    int items = args.integer("items", 5);
    Report report = new Report(Path.of("target/bench/scale.md"));
    report.say(String.format("%n## Scale: %d campaigns, %d x %d line items per member, %d checkouts/s for %d s%n%n%s",
        campaigns, transactions, items, rate, seconds, Report.machine()));
    report.say("| members | import | prepare wall s | store MiB | bytes/member disk | heap MiB idle | heap MiB after load"
        + " | heap bytes/member | p50 ms | p99 ms | p99.9 ms | max ms | failed |");
    report.say("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    reuse = Boolean.parseBoolean(args.text("reuse", "false"));
    for (String size : args.text("sizes", "0,10000,100000,1000000").split(",")) {
      measure(report, Integer.parseInt(size), campaigns, rate, seconds, transactions, items);
    }
  }

  private static long emptyHeap;
  private static boolean reuse;

  private static void measure(Report report, int members, int campaigns, int rate, int seconds,
      int transactions, int items) throws Exception {
    long t0 = System.nanoTime();
    Path dir = Path.of("target/bench/scale-" + members);
    // reuse=true measures again on the stores a previous run imported (e.g. on a quieter machine).
    Workload w =
        reuse && Files.exists(dir.resolve("import.log"))
            ? Workload.existing(dir, members)
            : Workload.prepare(dir, campaigns, members, transactions, items);
    double wall = (System.nanoTime() - t0) / 1e9;
    long disk = w.storeBytes();
    try (Service s = w.start("service-" + members)) {
      long idle = s.heapAfterGc();
      OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("sw" + members, members)::body, rate, 15, 32);
      OpenLoop.Result r = OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("sm" + members, members)::body, rate, seconds, 32);
      long loaded = s.heapAfterGc();
      if (members == 0) {
        emptyHeap = idle;
      }
      report.say(String.format("| %,d | %s | %.0f | %.1f | %s | %.0f | %.0f | %s | %s | %d |",
          members, w.importLine().replace("|", "/"), wall, disk / 1048576.0,
          members == 0 ? "-" : String.format("%,d", disk / members), idle / 1048576.0, loaded / 1048576.0,
          members == 0 ? "-" : String.format("%,d", (idle - emptyHeap) / members),
          Report.percentiles(r.all()), r.failed()));
    }
  }
}
