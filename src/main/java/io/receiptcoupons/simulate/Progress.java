package io.receiptcoupons.simulate;

import java.io.PrintWriter;

/** A progress bar: one line redrawn with \r on a terminal, a plain line now and then otherwise. */
final class Progress {

  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
  private final PrintWriter out;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastShown;

  Progress(PrintWriter out, long total, boolean terminal) {
    this.out = out;
    this.total = total;
    this.terminal = terminal;
  }

  void update(long done) {
    long now = System.nanoTime();
    long every = terminal ? 200_000_000L : PLAIN_EVERY_NANOS;
    if (now - lastShown >= every || done == total) {
      lastShown = now;
      out.print(terminal ? "\r" + line(done, now) : line(done, now) + "\n");
      if (terminal && done == total) {
        out.println();
      }
      out.flush();
    }
  }

  private String line(long done, long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / seconds;
    double eta = rate == 0 ? 0 : (total - done) / rate;
    int width = 30;
    int filled = total == 0 ? width : (int) (width * done / total);
    return String.format(
        "[%s%s] %,d/%,d checkouts %3.0f%%  %,.0f/s  ETA %s",
        "#".repeat(filled),
        " ".repeat(width - filled),
        done,
        total,
        total == 0 ? 100.0 : 100.0 * done / total,
        rate,
        String.format("%dm%02ds", (long) eta / 60, (long) eta % 60));
  }
}
