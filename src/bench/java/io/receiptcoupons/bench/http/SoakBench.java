package io.receiptcoupons.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 14, soak: open-loop checkouts at half of saturation for ten minutes; every slice reports
 * heap after a full GC, open file handles, store file growth per checkout, and errors, so a leak
 * shows as a trend rather than a single figure.
 */
public final class SoakBench {

  private SoakBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int campaigns = args.integer("campaigns", 1000);
    int members = args.integer("members", 10_000);
    int minutes = args.integer("minutes", 10);
    int slice = args.integer("slice-seconds", 30);
    int rate = args.integer("rate", 0);
    Report report = new Report(Path.of("target/bench/soak.md"));
    Workload w = Workload.prepare(Path.of("target/bench/soak"), campaigns, members, 3, 5);
    try (Service s = w.start("service")) {
      OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("sw", members)::body, 200, 20, 32);
      if (rate == 0) {
        rate = (int) (Wrk.run(w.dir(), s.port, Workload.CHECKOUT, "ssat", members, 1, 32, 15)
            .requestsPerSecond() / 2);
      }
      report.say(String.format("%n## Soak: %d campaigns, %d members, %d checkouts/s for %d min%n%n%s",
          campaigns, members, rate, minutes, Report.machine()));
      report.say("| minute | heap after GC MiB | open files | store MiB | store B/checkout | p99 ms"
          + " | failed | degraded |");
      report.say("|---:|---:|---:|---:|---:|---:|---:|---:|");
      long slices = Math.max(1, minutes * 60L / slice);
      long startBytes = w.storeBytes();
      double startCheckouts = OverloadBench.counts(s)[2];
      for (int i = 1; i <= slices; i++) {
        double[] before = OverloadBench.counts(s);
        long bytes = w.storeBytes();
        OpenLoop.Result r = OpenLoop.run(s.port, Workload.CHECKOUT,
            new CheckoutMix("s" + i, members)::body, rate, slice, 32);
        double[] after = OverloadBench.counts(s);
        double checkouts = after[2] - before[2];
        report.say(String.format("| %.1f | %.1f | %d | %.1f | %.0f | %.2f | %d | %.0f |",
            i * slice / 60.0, s.heapAfterGc() / 1048576.0, openFiles(s), w.storeBytes() / 1048576.0,
            (w.storeBytes() - bytes) / Math.max(1, checkouts), r.all().getValueAtPercentile(99) / 1000.0,
            r.failed(), after[0] + after[1] - before[0] - before[1]));
      }
      double checkouts = OverloadBench.counts(s)[2] - startCheckouts;
      report.say(String.format("%nStore growth over the soak: %.0f B per checkout (%.0f checkouts);"
          + " the largest classes on the heap at the end (jcmd GC.class_histogram):%n%n```%n%s```",
          (w.storeBytes() - startBytes) / Math.max(1, checkouts), checkouts, s.classHistogram(12)));
    }
  }

  private static long openFiles(Service s) throws Exception {
    try (var fds = Files.list(Path.of("/proc/" + s.pid() + "/fd"))) {
      return fds.count();
    }
  }
}
