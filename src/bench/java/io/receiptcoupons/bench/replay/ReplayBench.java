package io.receiptcoupons.bench.replay;

import io.receiptcoupons.bench.http.Args;
import io.receiptcoupons.bench.http.Connection;
import io.receiptcoupons.bench.http.Report;
import io.receiptcoupons.bench.http.Service;
import io.receiptcoupons.bench.http.Workload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Issue 6, benchmark 5: the dunnhumby transactions through POST /v1/checkouts in time order, one
 * basket per request on one connection, on an empty store: total time and coupons issued.
 */
public final class ReplayBench {

  private static final Pattern CAMPAIGN = Pattern.compile("\"campaignId\":\"([a-z0-9-]+)\"");

  private ReplayBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path data = Path.of(args.text("data", "../shared/data/completejourney"));
    Path work = Path.of("target/bench/replay");
    Report report = new Report(Path.of("target/bench/replay.md"));
    report.say("\n## Replay: " + data + "\n\n" + Report.machine());
    Baskets.Loaded loaded = Baskets.load(data);
    report.say(String.format("%,d line items, %,d baskets (%,d items left out: quantity 0)",
        loaded.lines(), loaded.baskets().size(), loaded.skippedLines()));
    Workload.clear(work);
    ReplayCampaigns.write(work.resolve("campaigns"));
    try (Service s = Service.start(work.resolve("store/coupons.mv.db"), work.resolve("campaigns"), work.resolve("service.log"));
        Connection c = new Connection(s.port)) {
      replay(report, loaded, c);
    }
  }

  private static void replay(Report report, Baskets.Loaded loaded, Connection c) throws Exception {
    Histogram latency = new Histogram(60_000_000L, 3);
    Map<String, Integer> issued = new TreeMap<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    long start = System.nanoTime();
    for (Baskets.Basket b : loaded.baskets()) {
      long t = System.nanoTime();
      Connection.Response r = c.post("/v1/checkouts", b.body().getBytes(StandardCharsets.UTF_8));
      latency.recordValue(Math.max(1, (System.nanoTime() - t) / 1000));
      statuses.merge(r.status(), 1, Integer::sum);
      for (Matcher m = CAMPAIGN.matcher(r.body()); m.find(); ) {
        issued.merge(m.group(1), 1, Integer::sum);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = issued.values().stream().mapToInt(Integer::intValue).sum();
    report.say(String.format("%nreplayed %,d baskets in %.1f s (%.0f baskets/s), statuses %s; %,d coupons issued %s",
        loaded.baskets().size(), seconds, loaded.baskets().size() / seconds, statuses, total, issued));
    report.say("latency per basket (ms), p50 | p99 | p99.9 | max: " + Report.percentiles(latency));
  }
}
