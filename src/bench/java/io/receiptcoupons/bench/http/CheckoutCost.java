package io.receiptcoupons.bench.http;

import java.nio.file.Path;

/**
 * Issue 6, the cost of one checkout at a fixed moderate rate: server CPU, heap allocated and store
 * bytes written per checkout, GC pauses, and the share of checkouts the service answered within
 * 2 ms (its own SLO buckets). Per-checkout costs move less with the machine's load than
 * saturation throughput does, so variants run minutes apart on a shared machine still compare.
 */
public final class CheckoutCost {

  private static final String[] SERVER = {
    "jvm_gc_memory_allocated_bytes_total",
    "jvm_gc_pause_seconds_sum",
    "jvm_gc_pause_seconds_count",
    "coupons_checkout_duration_seconds_count",
    "coupons_checkout_duration_seconds_bucket{le=\"0.002\"",
    "coupons_checkout_duration_seconds_bucket{le=\"0.005\""
  };

  private CheckoutCost() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int campaigns = args.integer("campaigns", 1000);
    int members = args.integer("members", 10_000);
    int rate = args.integer("rate", 300);
    int seconds = args.integer("seconds", 30);
    int warm = args.integer("warm-seconds", 30);
    // Server properties for a variant, e.g. server=quarkus.log.console.async=true (comma-separated).
    String[] server = args.text("server", "").isEmpty() ? new String[0] : args.text("server", "").split(",");
    // auth=off: the same run with the API-key check skipped (every request gets every role), so
    // that the difference between two runs is the credential check's cost (docs/security.md).
    if (args.text("auth", "on").equals("off")) {
      server = java.util.stream.Stream.concat(java.util.Arrays.stream(server), java.util.stream.Stream.of("coupons.security.check-keys=false")).toArray(String[]::new);
    }
    Report report = new Report(Path.of("target/bench/cost.md"));
    report.say(String.format("%n## Checkout cost: %d campaigns, %d members, %d checkouts/s for %d s"
        + " after %d s warm-up %s%n%n%s", campaigns, members, rate, seconds, warm,
        String.join(" ", server), Report.machine()));
    Workload w = Workload.prepare(Path.of("target/bench/cost"), campaigns, members, 3, 5);
    try (Service s = w.start("service", server)) {
      OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("cw", members)::body, rate, warm, 32);
      Thread.sleep(2000);
      double[] before = scrape(s);
      double cpu = s.cpuSeconds();
      long bytes = w.storeBytes();
      OpenLoop.Result r =
          OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("cm", members)::body, rate, seconds, 32);
      // The store writes its file in the background about once a second.
      Thread.sleep(2000);
      double[] after = scrape(s);
      double n = after[3] - before[3];
      report.say(String.format(
          "checkouts %.0f (failed %d) | server CPU %.3f ms | allocated %.0f KiB | store file +%.0f B"
              + " | GC pauses %.0f, %.1f ms in all | within 2 ms %.2f%%, within 5 ms %.2f%%"
              + " | client p50/p99/p99.9/max %s ms | load average after: %s",
          n, r.failed(), (s.cpuSeconds() - cpu) * 1000 / n, (after[0] - before[0]) / n / 1024,
          (w.storeBytes() - bytes) / n, after[2] - before[2], (after[1] - before[1]) * 1000,
          100 * (after[4] - before[4]) / n, 100 * (after[5] - before[5]) / n,
          Report.percentiles(r.all()), Report.machine()));
    }
  }

  private static double[] scrape(Service s) throws Exception {
    double[] values = new double[SERVER.length];
    for (String line : s.get("/q/metrics").body().split("\n")) {
      for (int i = 0; i < SERVER.length; i++) {
        if (line.startsWith(SERVER[i])) {
          values[i] += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    }
    return values;
  }
}
