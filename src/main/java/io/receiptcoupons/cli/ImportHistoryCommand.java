package io.receiptcoupons.cli;

import io.receiptcoupons.imports.HistoryImport;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-history FILE [--max-lines N]}: the resumable bulk history import. */
@Command(
    name = "import-history",
    description = "Import a history CSV into the store; resumes an interrupted import of the file.")
public class ImportHistoryCommand implements Callable<Integer> {

  @Inject HistoryImport history;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The history CSV.")
  Path file;

  @Option(
      names = "--max-lines",
      paramLabel = "N",
      description = "Stop after N lines (resume later).")
  long maxLines = Long.MAX_VALUE;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    HistoryImport.Report r = history.run(file, maxLines, p -> progress(p, out));
    out.printf(
        "imported %,d lines (%,d already done before), %,d transactions, %,d members in %.1f s:"
            + " %,.0f lines/s%n",
        r.lines(),
        r.skippedLines(),
        r.transactions(),
        r.members(),
        r.seconds(),
        r.linesPerSecond());
    return 0;
  }

  private static void progress(HistoryImport.ImportProgress p, PrintWriter out) {
    out.printf(
        "  %,d lines (%.0f%%), %,.0f lines/s%n",
        p.lines(),
        100.0 * p.bytesRead() / Math.max(1, p.fileBytes()),
        p.lines() / ((System.nanoTime() - p.startedNanos()) / 1e9));
  }
}
