package io.receiptcoupons.bench.http;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Warms the service until its JIT is quiet: on one or two cores the C2 compiler otherwise takes a
 * third of the CPU for minutes and the run measures warm-up, not the service. Slices of open-loop
 * load run until one adds less JIT time than {@code quietShare} of its length, or the time runs out.
 */
public final class Warmup {

  /** How long it took, and the JIT's share of the last slice. */
  public record Result(int seconds, double lastJitShare) {
    @Override
    public String toString() {
      return String.format("warm-up %d s, JIT %.1f%% of the last 10 s", seconds, 100 * lastJitShare);
    }
  }

  private static final int SLICE_SECONDS = 10;

  private Warmup() {}

  /** Open-loop slices of {@code rate} until the JIT is quiet, at least min and at most max s. */
  public static Result untilJitQuiet(Service service, String path, OpenLoop.Bodies bodies,
      double rate, int minSeconds, int maxSeconds) throws Exception {
    return untilJitQuiet(service, path, bodies, rate, 32, minSeconds, maxSeconds);
  }

  /** As above, on {@code connections} connections. */
  public static Result untilJitQuiet(Service service, String path, OpenLoop.Bodies bodies,
      double rate, int connections, int minSeconds, int maxSeconds) throws Exception {
    double quietShare = 0.03;
    int seconds = 0;
    double share = 1;
    while (seconds < maxSeconds && (seconds < minSeconds || share > quietShare)) {
      double before = jitSeconds(service);
      // Each slice its own slots, hence its own transaction ids: a repeated id is only a replay.
      long offset = Math.round(rate * seconds);
      OpenLoop.Bodies slice = (slot, random) -> bodies.body(offset + slot, random);
      OpenLoop.run(service.port, path, slice, rate, SLICE_SECONDS, connections);
      share = (jitSeconds(service) - before) / SLICE_SECONDS;
      seconds += SLICE_SECONDS;
      System.out.printf("warm-up %d s: JIT %.1f%% of the last slice%n", seconds, 100 * share);
    }
    return new Result(seconds, share);
  }

  /**
   * CPU seconds the service's JIT compiler threads have used so far, from /proc (jstat's compile
   * time is wall time, which a busy core inflates).
   */
  static double jitSeconds(Service service) throws IOException {
    long ticks = 0;
    try (DirectoryStream<Path> threads =
        Files.newDirectoryStream(Path.of("/proc/" + service.pid() + "/task"))) {
      for (Path thread : threads) {
        String stat;
        try {
          stat = Files.readString(thread.resolve("stat"));
        } catch (NoSuchFileException gone) {
          continue; // compiler threads come and go (dynamic compiler threads)
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (name.contains("CompilerThre")) {
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
      }
    }
    return ticks / 100.0;
  }
}
