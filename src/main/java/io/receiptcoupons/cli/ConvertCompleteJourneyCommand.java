package io.receiptcoupons.cli;

import io.receiptcoupons.imports.CompleteJourney;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convert-completejourney}: dunnhumby's CSVs to the history CSV; touches no store. */
@Command(
    name = "convert-completejourney",
    description = "Convert dunnhumby's Complete Journey CSVs to the history CSV; touches no store.")
public class ConvertCompleteJourneyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--transactions",
      required = true,
      paramLabel = "FILE",
      description = "transactions CSV.")
  Path transactions;

  @Option(names = "--products", required = true, paramLabel = "FILE", description = "products CSV.")
  Path products;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The history CSV to write.")
  Path out;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "America/New_York",
      description = "The data's time zone (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    CompleteJourney.Report r = new CompleteJourney(products, zone).convert(transactions, out);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %,d rows, %,d transactions to %s in %.1f s; dropped %s%n",
            r.written(),
            r.transactions(),
            out,
            (System.nanoTime() - started) / 1e9,
            r.dropped().isEmpty() ? "none" : r.dropped());
    return 0;
  }
}
