package io.receiptcoupons.cli;

import io.receiptcoupons.imports.CompleteJourney;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code convert-completejourney}: dunnhumby's CSVs to the history CSV; touches no store. */
@ApplicationScoped
public class ConvertCompleteJourneyCommand implements CliCommand {

  @Override
  public String name() {
    return "convert-completejourney";
  }

  @Override
  public String usage() {
    return "convert-completejourney --transactions FILE --products FILE --out FILE"
        + " [--zone America/New_York]";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws Exception {
    Map<String, String> o = options(args);
    if (!o.keySet().containsAll(List.of("--transactions", "--products", "--out"))) {
      throw new UsageException(usage());
    }
    ZoneId zone = ZoneId.of(o.getOrDefault("--zone", "America/New_York"));
    long started = System.nanoTime();
    CompleteJourney.Report r =
        new CompleteJourney(Path.of(o.get("--products")), zone)
            .convert(Path.of(o.get("--transactions")), Path.of(o.get("--out")));
    out.printf(
        "wrote %,d rows, %,d transactions to %s in %.1f s; dropped %s%n",
        r.written(),
        r.transactions(),
        o.get("--out"),
        (System.nanoTime() - started) / 1e9,
        r.dropped().isEmpty() ? "none" : r.dropped());
    return 0;
  }

  private Map<String, String> options(List<String> args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      o.put(args.get(i), args.get(i + 1));
    }
    if (args.size() % 2 != 0) {
      throw new UsageException(usage());
    }
    return o;
  }
}
