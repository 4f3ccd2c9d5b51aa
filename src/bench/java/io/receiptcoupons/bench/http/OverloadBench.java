package io.receiptcoupons.bench.http;

import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Issue 14, overload: open-loop checkouts at 2x saturation, then at half of it. Reports the p99 of
 * the answers (against the deadline), the share degraded (shed at admission, late), and how many
 * seconds after the load drops the per-second p99 is back under the deadline.
 */
public final class OverloadBench {

  private OverloadBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int campaigns = args.integer("campaigns", 1000);
    int members = args.integer("members", 10_000);
    int seconds = args.integer("seconds", 20);
    int warm = args.integer("warm-seconds", 30);
    int maxWarm = args.integer("max-warm-seconds", 300);
    int connections = args.integer("connections", 256);
    int deadlineMs = args.integer("deadline-ms", 50);
    Report report = new Report(Path.of("target/bench/overload.md"));
    Workload w = Workload.prepare(Path.of("target/bench/overload"), campaigns, members, 3, 5);
    try (Service s = w.start("service", "coupons.checkout.deadline=" + deadlineMs + "ms")) {
      Warmup.Result warmed = Warmup.untilJitQuiet(s, Workload.CHECKOUT,
          new CheckoutMix("ow", members)::body, 200, warm, maxWarm);
      double saturation = args.integer("saturation", 0);
      if (saturation == 0) {
        saturation = decidedPerSecond(w, s, members, args.integer("saturation-connections", 4));
      }
      // Shedding and the deadline timers compile on first use: one overload is discarded, and the
      // service warms again, so that the measured phases see what a long-running service does.
      OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("ox", members)::body,
          saturation * 2, seconds, connections);
      Warmup.Result rewarmed = Warmup.untilJitQuiet(s, Workload.CHECKOUT,
          new CheckoutMix("oy", members)::body, saturation / 2, connections, 20, maxWarm);
      report.say(String.format("%n## Overload: %d campaigns, %d members, saturation %.0f decided/s,"
          + " deadline %d ms, %d connections; %s; after a discarded overload, %s%n%n%s", campaigns,
          members, saturation, deadlineMs, connections, warmed, rewarmed, Report.machine()));
      report.say("| phase | rate (req/s) | achieved | p50 ms | p99 ms | p99.9 ms | max ms | failed"
          + " | shed | late | decided | degraded share |");
      report.say("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      phase(report, s, "2x saturation", new CheckoutMix("o2", members), saturation * 2, seconds,
          connections);
      OpenLoop.Result after = phase(report, s, "then 0.5x", new CheckoutMix("o1", members),
          saturation / 2, seconds, connections);
      report.say(String.format("%nrecovery: per-second p99 back under %d ms after %s s of the"
          + " lower load (per-second p99 ms: %s)", deadlineMs,
          recoverySeconds(after.perSecond(), deadlineMs), perSecondP99(after.perSecond())));
    }
  }

  private static OpenLoop.Result phase(Report report, Service s, String name, CheckoutMix mix,
      double rate, int seconds, int connections) throws Exception {
    double[] before = counts(s);
    OpenLoop.Result r = OpenLoop.run(s.port, Workload.CHECKOUT, mix::body, Math.round(rate),
        seconds, connections);
    double[] after = counts(s);
    double shed = after[0] - before[0];
    double late = after[1] - before[1];
    double all = after[2] - before[2];
    report.say(String.format("| %s | %.0f | %.0f | %s | %d | %.0f | %.0f | %.0f | %.2f%% |", name,
        r.rate(), r.achievedRate(), Report.percentiles(r.all()), r.failed(), shed, late,
        all - shed - late, 100 * (shed + late) / Math.max(1, all)));
    return r;
  }

  /**
   * Checkouts decided per second under wrk's closed loop: wrk's own rate would count the answers
   * admission sheds as served, and so overstate saturation the more the service sheds. A few
   * connections keep the CPU busy without a queue that admission would shed from.
   */
  private static double decidedPerSecond(Workload w, Service s, int members, int connections)
      throws Exception {
    int seconds = 15;
    double[] before = counts(s);
    Wrk.run(w.dir(), s.port, Workload.CHECKOUT, "osat", members, 1, connections, seconds);
    return decided(before, counts(s)) / seconds;
  }

  /** Checkouts decided between two {@link #counts}: all answers less the shed and late ones. */
  public static double decided(double[] before, double[] after) {
    return after[2] - before[2] - (after[0] - before[0]) - (after[1] - before[1]);
  }

  /** Shed, late, and all checkout answers so far, from the service's counters. */
  public static double[] counts(Service s) throws Exception {
    double[] values = new double[3];
    for (String line : s.get("/q/metrics").body().split("\n")) {
      double v = line.startsWith("#") ? 0 : value(line);
      if (line.startsWith("coupons_checkout_shed_total")) {
        values[0] += v;
      } else if (line.startsWith("coupons_checkout_late_total")) {
        values[1] += v;
      } else if (line.startsWith("coupons_checkout_requests_total")) {
        values[2] += v;
      }
    }
    return values;
  }

  private static double value(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  private static String recoverySeconds(List<Histogram> perSecond, int deadlineMs) {
    for (int second = 0; second < perSecond.size(); second++) {
      if (perSecond.get(second).getValueAtPercentile(99) <= deadlineMs * 1000L) {
        return Integer.toString(second);
      }
    }
    return "more than " + perSecond.size();
  }

  private static String perSecondP99(List<Histogram> perSecond) {
    StringBuilder text = new StringBuilder();
    for (Histogram h : perSecond) {
      text.append(text.length() == 0 ? "" : " ")
          .append(String.format("%.1f", h.getValueAtPercentile(99) / 1000.0));
    }
    return text.toString();
  }
}
