package io.receiptcoupons.system;

import io.quarkus.runtime.QuarkusApplication;
import io.receiptcoupons.member.imports.HistoryImport;
import io.receiptcoupons.member.imports.MemberImport;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Path;

/** The operator commands: import-history FILE, import-members FILE. */
public class Commands implements QuarkusApplication {

  private static final String USAGE =
      "usage: java -jar quarkus-run.jar (import-history FILE [--max-lines N] | import-members FILE)";
  @Inject HistoryImport history;
  @Inject MemberImport members;
  private final PrintStream out = System.out;

  @Override
  public int run(String... args) throws Exception {
    if (args.length < 2) {
      out.println(USAGE);
      return 2;
    }
    try {
      return switch (args[0]) {
        case "import-history" -> importHistory(Path.of(args[1]), args);
        case "import-members" -> report("members written: " + members.run(Path.of(args[1])));
        default -> report(USAGE) + 1;
      };
    } catch (IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
      return 1;
    }
  }

  private int importHistory(Path file, String[] args) throws Exception {
    long max =
        args.length == 4 && args[2].equals("--max-lines")
            ? Long.parseLong(args[3])
            : Long.MAX_VALUE;
    HistoryImport.Report r =
        history.run(
            file,
            max,
            p ->
                out.printf(
                    "  %,d lines (%.0f%%), %,.0f lines/s%n",
                    p.lines(),
                    100.0 * p.bytesRead() / Math.max(1, p.fileBytes()),
                    p.lines() / ((System.nanoTime() - p.startedNanos()) / 1e9)));
    return report(
        String.format(
            "imported %,d lines (%,d already done before), %,d transactions, %,d members in %.1f s: %,.0f lines/s",
            r.lines(),
            r.skippedLines(),
            r.transactions(),
            r.members(),
            r.seconds(),
            r.linesPerSecond()));
  }

  private int report(String line) {
    out.println(line);
    return 0;
  }
}
