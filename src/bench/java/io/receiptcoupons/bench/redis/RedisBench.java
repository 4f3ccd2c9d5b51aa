package io.receiptcoupons.bench.redis;

import io.receiptcoupons.bench.http.Args;
import io.receiptcoupons.bench.http.CheckoutMix;
import io.receiptcoupons.bench.http.OpenLoop;
import io.receiptcoupons.bench.http.OverloadBench;
import io.receiptcoupons.bench.http.Warmup;
import io.receiptcoupons.bench.http.Report;
import io.receiptcoupons.bench.http.Service;
import io.receiptcoupons.bench.http.Workload;
import io.receiptcoupons.bench.http.Wrk;
import java.net.URI;
import java.nio.file.Path;
import redis.clients.jedis.Jedis;

/**
 * Issue 17: the packaged jar on Redis. {@code mode=compare}: saturation on the embedded store and
 * on Redis back to back, per campaign count, and their ratio. {@code mode=latency}: saturation on
 * Redis reached through a {@link LatencyProxy} (delay-us each way), then open-loop p50/p99 at
 * {@code percent} of it.
 */
public final class RedisBench {

  private static final int MEMBERS = 10_000;

  private RedisBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Report report = new Report(Path.of("target/bench/redis.md"));
    report.say("\n## Redis: " + String.join(" ", argv) + "\n\n" + Report.machine());
    if (args.text("mode", "compare").equals("latency")) {
      latency(args, report);
    } else {
      compare(args, report);
    }
  }

  private static void compare(Args args, Report report) throws Exception {
    report.say("\n| campaigns | embedded req/s | Redis req/s | Redis / embedded |\n|---:|---:|---:|---:|");
    for (String count : args.text("campaigns", "1,1000").split(",")) {
      Workload w = workload(Integer.parseInt(count));
      Wrk.Result embedded = saturate(args, w, "embedded");
      flush(args.text("redis", "redis://127.0.0.1:6379"));
      Wrk.Result redis = saturate(args, w, "redis", redisMode(args.text("redis", "redis://127.0.0.1:6379")));
      report.say(String.format("| %s | %.0f | %.0f | %.2f |", count, embedded.requestsPerSecond(),
          redis.requestsPerSecond(), redis.requestsPerSecond() / embedded.requestsPerSecond()));
    }
  }

  private static void latency(Args args, Report report) throws Exception {
    URI direct = URI.create(args.text("redis", "redis://127.0.0.1:6379"));
    flush(direct.toString());
    int nativeProxy = args.integer("proxy-port", 0);
    if (nativeProxy != 0) {
      // src/bench/c/latency-proxy.c, started by the script: one epoll thread, no wake-up storms.
      String proxied = "redis://127.0.0.1:" + nativeProxy;
      report.say(String.format("through latency-proxy (C, one thread) on port %d, %d us each way;"
          + " PING median %.3f ms direct, %.3f ms through the proxy", nativeProxy,
          args.integer("delay-us", 500), pingMillis(direct.toString()), pingMillis(proxied)));
      measure(args, report, proxied);
      return;
    }
    try (LatencyProxy proxy = new LatencyProxy(0, direct.getHost(), direct.getPort(), args.integer("delay-us", 500))) {
      String proxied = "redis://127.0.0.1:" + proxy.port();
      report.say(String.format("through a LatencyProxy on port %d, %d us each way; PING median %.3f ms direct,"
          + " %.3f ms through the proxy", proxy.port(), args.integer("delay-us", 500), pingMillis(direct.toString()),
          pingMillis(proxied)));
      measure(args, report, proxied);
    }
  }

  private static void measure(Args args, Report report, String url) throws Exception {
    int seconds = args.integer("seconds", 30);
    double share = args.integer("percent", 50) / 100.0;
    Workload w = workload(args.integer("campaigns", 1000));
    try (Service s = w.start("latency", redisMode(url))) {
      Warmup.Result warmed = Warmup.untilJitQuiet(s, Workload.CHECKOUT,
          new CheckoutMix("lw", MEMBERS)::body, 200, args.integer("warm-seconds", 30), 300);
      double[] before = OverloadBench.counts(s);
      int saturationSeconds = args.integer("saturation-seconds", 20);
      Wrk.Result saturation = Wrk.run(w.dir(), s.port, Workload.CHECKOUT, "lats", MEMBERS, 1,
          args.integer("connections", 32), saturationSeconds);
      // Shed and late answers are 200s too: saturation counts only the checkouts really decided.
      double decided = OverloadBench.decided(before, OverloadBench.counts(s)) / saturationSeconds;
      double rate = decided * share;
      before = OverloadBench.counts(s);
      OpenLoop.Result r = OpenLoop.run(s.port, Workload.CHECKOUT, new CheckoutMix("lo", MEMBERS)::body,
          Math.max(1, Math.round(rate)), seconds, args.integer("connections", 32));
      double[] after = OverloadBench.counts(s);
      report.say(String.format("%n%s; saturation %.0f decided/s (wrk %.0f req/s, non-2xx %d, socket"
          + " errors %d); open loop at %.0f%%: %.0f req/s for %d s, achieved %.0f, failed %d,"
          + " degraded %.0f%n%n| p50 ms | p99 ms | p99.9 ms | max ms |%n|---:|---:|---:|---:|%n| %s |",
          warmed, decided, saturation.requestsPerSecond(), saturation.non2xx(), saturation.errors(),
          share * 100, rate, seconds, r.achievedRate(), r.failed(),
          after[0] - before[0] + after[1] - before[1], Report.percentiles(r.all())));
    }
  }

  private static Workload workload(int campaigns) throws Exception {
    return Workload.prepare(Path.of("target/bench/redis/" + campaigns), campaigns, 0, 3, 5);
  }

  // Members start unknown and build up history as the run checks them out, on either store.
  private static Wrk.Result saturate(Args args, Workload w, String name, String... properties)
      throws Exception {
    try (Service s = w.start(name, properties)) {
      return wrk(args, w, s, name.substring(0, 3));
    }
  }

  private static Wrk.Result wrk(Args args, Workload w, Service s, String tag) throws Exception {
    int connections = args.integer("connections", 32);
    Wrk.run(w.dir(), s.port, Workload.CHECKOUT, tag + "w", MEMBERS, 1, connections, args.integer("warm-seconds", 20));
    return Wrk.run(w.dir(), s.port, Workload.CHECKOUT, tag + "s", MEMBERS, 1, connections, args.integer("saturation-seconds", 20));
  }

  private static String[] redisMode(String url) {
    return new String[] {"coupons.store.kind=redis", "coupons.store.redis.url=" + url};
  }

  // The delay the proxy really adds on this machine: a loaded machine wakes its threads late.
  private static double pingMillis(String url) {
    try (Jedis jedis = new Jedis(url)) {
      long[] nanos = new long[201];
      for (int i = 0; i < nanos.length; i++) {
        long start = System.nanoTime();
        jedis.ping();
        nanos[i] = System.nanoTime() - start;
      }
      java.util.Arrays.sort(nanos);
      return nanos[nanos.length / 2] / 1e6;
    }
  }

  private static void flush(String url) {
    try (Jedis jedis = new Jedis(url)) {
      jedis.flushAll();
    }
  }
}
