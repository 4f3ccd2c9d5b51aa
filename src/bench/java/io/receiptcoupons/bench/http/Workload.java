package io.receiptcoupons.bench.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A benchmark's working directory: synthetic campaigns, an imported member store, and logs. */
public record Workload(Path dir, Path campaigns, Path store, int members, String importLine) {

  public static final String CHECKOUT = "/v1/checkouts";
  public static final String BASELINE = "/v1/bench/fixed-checkout";

  /** Fresh {@code dir} with {@code campaigns} campaigns and {@code members} imported members. */
  public static Workload prepare(Path dir, int campaigns, int members, int transactions, int items)
      throws Exception {
    clear(dir);
    Path campaignDir = dir.resolve("campaigns");
    Path store = dir.resolve("store/coupons.mv.db");
    Synthetic.writeCampaigns(campaignDir, campaigns, 42);
    String line = "no members imported";
    if (members > 0) {
      Path csv = dir.resolve("history.csv");
      Synthetic.writeMembers(csv, members, transactions, items, 43);
      String out =
          Service.command(store, campaignDir, dir.resolve("import.log"), "import-history", csv.toString());
      line = out.lines().filter(l -> l.startsWith("imported")).findFirst().orElse(out);
      Files.delete(csv);
    }
    return new Workload(dir, campaignDir, store, members, line);
  }

  /** A directory that {@link #prepare} filled before; its import line is read from its log. */
  public static Workload existing(Path dir, int members) throws IOException {
    Path log = dir.resolve("import.log");
    String line =
        !Files.exists(log)
            ? "no members imported"
            : Files.readAllLines(log).stream()
                .filter(l -> l.startsWith("imported"))
                .findFirst()
                .orElse("?");
    return new Workload(dir, dir.resolve("campaigns"), dir.resolve("store/coupons.mv.db"), members, line + " (earlier run)");
  }

  public Service start(String name, String... properties) throws Exception {
    return Service.start(store, campaigns, dir.resolve(name + ".log"), properties);
  }

  /** Bytes of the store file on disk. */
  public long storeBytes() throws IOException {
    return Files.exists(store) ? Files.size(store) : 0;
  }

  /** Empties {@code dir}, creating it if needed. */
  public static void clear(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
