package io.receiptcoupons.bench.http;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.HdrHistogram.Histogram;

/** Results as Markdown, printed and appended to a file under target/bench/. */
public final class Report {

  private final Path file;

  public Report(Path file) throws IOException {
    this.file = file;
    Files.createDirectories(file.toAbsolutePath().getParent());
  }

  /** Prints and appends one block of text. */
  public void say(String text) throws IOException {
    System.out.println(text);
    System.out.flush();
    Files.writeString(file, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** The machine and its load now, for the record beside every figure. */
  public static String machine() throws IOException {
    String load = Files.readString(Path.of("/proc/loadavg")).trim();
    return String.format(
        "%s UTC; %d CPUs, %.0f GiB; Java %s; load average %s",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        Runtime.getRuntime().availableProcessors(),
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            / (1024.0 * 1024 * 1024),
        System.getProperty("java.version"),
        load);
  }

  /** p50, p99, p99.9 and max of a histogram in microseconds, as milliseconds. */
  public static String percentiles(Histogram h) {
    return String.format(
        "%.2f | %.2f | %.2f | %.2f",
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getValueAtPercentile(99.9) / 1000.0,
        h.getMaxValue() / 1000.0);
  }
}
