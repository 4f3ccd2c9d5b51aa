package io.receiptcoupons.cli;

import io.receiptcoupons.retention.Retention;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention-sweep [--at INSTANT]}: one retention sweep of the configured store, now. */
@Command(
    name = "retention-sweep",
    description = "Delete what is past its retention (the service sweeps on its own schedule).")
public class RetentionCommand implements Callable<Integer> {

  @Inject Retention retention;
  @Spec CommandSpec spec;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Sweep as of this instant, e.g. 2027-06-01T00:00:00Z (default: now).")
  Instant at;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    Map<String, Long> deleted = retention.sweep(at == null ? Instant.now() : at);
    spec.commandLine()
        .getOut()
        .printf("swept in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, deleted);
    return 0;
  }
}
