package io.receiptcoupons.bench.http;

import java.nio.file.Path;

/**
 * Issue 6, benchmark 2: POST /v1/checkouts against the fixed-answer baseline of the same app, on
 * loopback. Saturation by wrk; p50/p99/p99.9 at 50% and 80% of it by the open-loop generator.
 */
public final class HttpBench {

  private HttpBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int campaigns = args.integer("campaigns", 1000);
    int members = args.integer("members", 10_000);
    int seconds = args.integer("seconds", 20);
    int saturation = args.integer("saturation-seconds", 15);
    int connections = args.integer("connections", 32);
    Report report = new Report(Path.of("target/bench/http.md"));
    report.say("\n## HTTP: " + campaigns + " campaigns, " + members + " members\n\n" + Report.machine());
    Workload w = Workload.prepare(Path.of("target/bench/http"), campaigns, members, 3, 5);
    report.say("import: " + w.importLine());
    try (Service s = w.start("service")) {
      Wrk.run(w.dir(), s.port, Workload.CHECKOUT, "warm", members, 1, connections, seconds);
      Wrk.run(w.dir(), s.port, Workload.BASELINE, "warmb", members, 1, connections, seconds / 2);
      // The generator's own JIT warm-up, so its first measured phase is not its cold start.
      OpenLoop.run(s.port, Workload.BASELINE, new CheckoutMix("wb", members)::body, 300, 5, connections);
      OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("wc", members)::body, 100, 5, connections);
      Wrk.Result checkout = Wrk.run(w.dir(), s.port, Workload.CHECKOUT, "sat", members, 1, connections, saturation);
      Wrk.Result baseline = Wrk.run(w.dir(), s.port, Workload.BASELINE, "satb", members, 1, connections, saturation);
      report.say(String.format(
          "%nSaturation (wrk -t1 -c%d, %d s): checkout %.0f req/s (non-2xx %d, socket errors %d);"
              + " baseline %.0f req/s (non-2xx %d, socket errors %d); ratio %.2f%n",
          connections, saturation, checkout.requestsPerSecond(), checkout.non2xx(), checkout.errors(),
          baseline.requestsPerSecond(), baseline.non2xx(), baseline.errors(),
          checkout.requestsPerSecond() / baseline.requestsPerSecond()));
      report.say("| endpoint | load | rate (req/s) | achieved | p50 ms | p99 ms | p99.9 ms | max ms | failed | server mean ms | server CPU ms/req | client CPU ms/req |");
      report.say("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (double share : new double[] {0.5, 0.8}) {
        openLoop(report, s, Workload.BASELINE, "b", baseline.requestsPerSecond() * share, share, members, seconds, connections);
        openLoop(report, s, Workload.CHECKOUT, "c", checkout.requestsPerSecond() * share, share, members, seconds, connections);
      }
      double checkouts = s.serverTimer(Workload.CHECKOUT)[1];
      try {
        report.say(String.format("%nledger events by kind after %.0f checkouts (warm-up, wrk and open loop): %s",
            checkouts, ledgerKinds(s)));
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        // Seen once on a large ledger: the export stopped with MVStoreException "Chunk not found".
        report.say("\nledger export failed after " + checkouts + " checkouts: " + e);
      }
    }
  }

  // Every campaign decision is a ledger event written in the checkout's transaction: a cost driver.
  private static java.util.Map<String, Integer> ledgerKinds(Service s) throws Exception {
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    s.getLines("/v1/ledger?format=csv&after=0", line -> {
      String[] f = line.split(",", 3);
      if (f.length > 1 && !f[1].equals("kind")) {
        kinds.merge(f[1], 1, Integer::sum);
      }
    });
    return kinds;
  }

  private static void openLoop(Report report, Service s, String path, String tag, double rate, double share,
      int members, int seconds, int connections) throws Exception {
    CheckoutMix mix = new CheckoutMix("ol" + tag + Math.round(share * 100), members);
    double[] before = s.serverTimer(path);
    double serverCpu = s.cpuSeconds();
    double clientCpu = Service.clientCpuSeconds();
    OpenLoop.Result r = OpenLoop.run(s.port, path, mix::body, Math.round(rate), seconds, connections);
    double clientMs = (Service.clientCpuSeconds() - clientCpu) * 1000 / r.requests();
    double serverMs = (s.cpuSeconds() - serverCpu) * 1000 / r.requests();
    double[] after = s.serverTimer(path);
    double serverMean = (after[0] - before[0]) / Math.max(1, after[1] - before[1]) * 1000;
    report.say(String.format("| %s | %.0f%% | %.0f | %.0f | %s | %d | %.2f | %.2f | %.2f |",
        path, share * 100, r.rate(), r.achievedRate(), Report.percentiles(r.all()), r.failed(), serverMean,
        serverMs, clientMs));
  }

}
