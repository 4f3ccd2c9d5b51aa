package io.receiptcoupons.bench.http;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;

/**
 * Issue 6, benchmark 4 (the blip): a constant-rate checkout load, and a POST /v1/rulesets/reload
 * after one campaign file changed; failed requests, reload duration, and latency per second.
 */
public final class ReloadBench {

  private ReloadBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int campaigns = args.integer("campaigns", 1000);
    int members = args.integer("members", 10_000);
    int rate = args.integer("rate", 200);
    int seconds = args.integer("seconds", 60);
    int at = args.integer("reload-at", 15);
    Report report = new Report(Path.of("target/bench/reload.md"));
    report.say("\n## Reload under load: " + campaigns + " campaigns, " + rate + " checkouts/s\n\n" + Report.machine());
    Workload w = Workload.prepare(Path.of("target/bench/reload"), campaigns, members, 3, 5);
    try (Service s = w.start("service")) {
      OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("rw", members)::body, rate, 20, 32);
      CompletableFuture<OpenLoop.Result> load = CompletableFuture.supplyAsync(() -> load(s, members, rate, seconds));
      Thread.sleep(at * 1000L);
      Path file = w.campaigns().resolve("c00000.yaml");
      Files.writeString(file, Files.readString(file).replace("title: 10 yen off", "title: 11 yen off"));
      long start = System.nanoTime();
      HttpResponse<String> reload = s.post("/v1/rulesets/reload");
      double took = (System.nanoTime() - start) / 1e9;
      OpenLoop.Result r = load.get();
      report.say(String.format("%nreload: HTTP %d in %.2f s, at second %d of %d; %d requests, %d failed %s%n",
          reload.statusCode(), took, at, seconds, r.requests(), r.failed(), r.statuses()));
      table(report, r, at, took);
    }
  }

  private static OpenLoop.Result load(Service s, int members, int rate, int seconds) {
    try {
      return OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("rl", members)::body, rate, seconds, 32);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void table(Report report, OpenLoop.Result r, int at, double took) throws Exception {
    Histogram steady = OpenLoop.histogram();
    Histogram during = OpenLoop.histogram();
    int end = at + (int) Math.ceil(took);
    for (int sec = 2; sec < at; sec++) {
      steady.add(r.perSecond().get(sec));
    }
    for (int sec = at; sec <= end && sec < r.perSecond().size(); sec++) {
      during.add(r.perSecond().get(sec));
    }
    report.say("| window | requests | p50 ms | p99 ms | p99.9 ms | max ms |\n|---|---:|---:|---:|---:|---:|");
    report.say("| steady (s 2-" + (at - 1) + ") | " + steady.getTotalCount() + " | " + Report.percentiles(steady) + " |");
    report.say("| reload (s " + at + "-" + end + ") | " + during.getTotalCount() + " | " + Report.percentiles(during) + " |");
    report.say("\n| second | requests | p50 ms | p99 ms | p99.9 ms | max ms |\n|---:|---:|---:|---:|---:|---:|");
    for (int sec = Math.max(0, at - 3); sec < Math.min(r.perSecond().size(), end + 4); sec++) {
      Histogram h = r.perSecond().get(sec);
      report.say("| " + sec + " | " + h.getTotalCount() + " | " + Report.percentiles(h) + " |");
    }
  }
}
