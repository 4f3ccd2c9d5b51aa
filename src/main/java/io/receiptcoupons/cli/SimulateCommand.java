package io.receiptcoupons.cli;

import io.receiptcoupons.simulate.Simulation;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simulate}: replays a history CSV through the real checkout, on a throwaway store. */
@Command(
    name = "simulate",
    description =
        "Replay a history CSV through the real checkout on a throwaway store; write a report.")
public class SimulateCommand implements Callable<Integer> {

  @Inject Simulation simulation;
  @Spec CommandSpec spec;

  @Option(
      names = "--transactions",
      required = true,
      paramLabel = "FILE",
      description = "History CSV.")
  Path transactions;

  @Option(
      names = "--campaigns",
      paramLabel = "DIR",
      defaultValue = "campaigns",
      description = "Campaigns folder (default: ${DEFAULT-VALUE}).")
  Path campaigns;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day reported (earlier history still counts).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day reported.")
  LocalDate to;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "simulation",
      description = "Report folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter printed = spec.commandLine().getOut();
    long started = System.nanoTime();
    simulation.run(
        new Simulation.Options(transactions, campaigns, from, to, out, System.console() != null),
        printed);
    printed.printf("simulated in %.1f s%n", (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
