package io.receiptcoupons.cli;

import io.receiptcoupons.imports.HistoryImport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code import-history FILE [--max-lines N]}: the resumable bulk history import. */
@ApplicationScoped
public class ImportHistoryCommand implements CliCommand {

  private final HistoryImport history;

  ImportHistoryCommand(HistoryImport history) {
    this.history = history;
  }

  @Override
  public String name() {
    return "import-history";
  }

  @Override
  public String usage() {
    return "import-history FILE [--max-lines N]";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws Exception {
    if (args.size() != 1 && !(args.size() == 3 && args.get(1).equals("--max-lines"))) {
      throw new UsageException(usage());
    }
    long max = args.size() == 3 ? Long.parseLong(args.get(2)) : Long.MAX_VALUE;
    HistoryImport.Report r = history.run(Path.of(args.get(0)), max, p -> progress(p, out));
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

  private static void progress(HistoryImport.ImportProgress p, PrintStream out) {
    out.printf(
        "  %,d lines (%.0f%%), %,.0f lines/s%n",
        p.lines(),
        100.0 * p.bytesRead() / Math.max(1, p.fileBytes()),
        p.lines() / ((System.nanoTime() - p.startedNanos()) / 1e9));
  }
}
