package io.receiptcoupons.cli;

import io.receiptcoupons.simulate.Simulation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code simulate}: replays a history CSV through the real checkout, on a throwaway store. */
@ApplicationScoped
public class SimulateCommand implements CliCommand {

  private static final List<String> OPTIONS =
      List.of("--transactions", "--campaigns", "--from", "--to", "--out");
  private final Simulation simulation;

  SimulateCommand(Simulation simulation) {
    this.simulation = simulation;
  }

  @Override
  public String name() {
    return "simulate";
  }

  @Override
  public String usage() {
    return "simulate --transactions FILE [--campaigns DIR] [--from DATE --to DATE]"
        + " [--out DIR (default simulation)]";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws Exception {
    Map<String, String> o = options(args);
    if (!o.containsKey("--transactions")) {
      throw new UsageException(usage());
    }
    long started = System.nanoTime();
    simulation.run(
        new Simulation.Options(
            Path.of(o.get("--transactions")),
            Path.of(o.getOrDefault("--campaigns", "campaigns")),
            o.containsKey("--from") ? LocalDate.parse(o.get("--from")) : null,
            o.containsKey("--to") ? LocalDate.parse(o.get("--to")) : null,
            Path.of(o.getOrDefault("--out", "simulation")),
            System.console() != null),
        out);
    out.printf("simulated in %.1f s%n", (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private Map<String, String> options(List<String> args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      if (!OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
        throw new UsageException("unknown or incomplete option " + args.get(i), usage());
      }
      o.put(args.get(i), args.get(i + 1));
    }
    return o;
  }
}
