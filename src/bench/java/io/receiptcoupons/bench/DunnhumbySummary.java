package io.receiptcoupons.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives src/bench/resources/dunnhumby-*.csv from ../shared/data/completejourney, so that the
 * benchmarks run without the data: {@code java ... DunnhumbySummary [dataDir] [outDir]}.
 */
public final class DunnhumbySummary {

  /** Line items in the full 2017 release; transactions_sample.csv is a uniform sample of them. */
  static final double FULL_LINE_ITEMS = 1_469_307;

  private final Map<String, String> paths = new HashMap<>();
  private final Map<String, long[]> types = new TreeMap<>();
  private final Map<String, Integer> households = new TreeMap<>();
  private final Map<String, Set<String>> buyers = new HashMap<>();
  private final Set<String> baskets = new HashSet<>();
  private int lines;

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/completejourney");
    Path out = Path.of(args.length > 1 ? args[1] : "src/bench/resources");
    DunnhumbySummary s = new DunnhumbySummary();
    s.readProducts(data.resolve("products.csv"));
    s.readTransactions(data.resolve("transactions_sample.csv"));
    s.write(out, Demographics.read(data.resolve("hh_demographic_original.csv")));
  }

  /** A category path the campaign grammar accepts: department/category/type, slugged. */
  static String path(String department, String category, String type) {
    return slug(department) + "/" + slug(category) + "/" + slug(type);
  }

  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]+", "-");
    s = s.replaceAll("^[^a-z0-9]+", "").replaceAll("-+$", "");
    return s.isEmpty() ? "x" : s.substring(0, Math.min(60, s.length()));
  }

  private void readProducts(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = Csv.split(line);
        if (!f[2].isBlank() && !f[4].isBlank() && !f[5].isBlank()) {
          paths.put(f[0], path(f[2], f[4], f[5]));
          types.computeIfAbsent(path(f[2], f[4], f[5]), p -> new long[2]);
        }
      }
    }
  }

  private void readTransactions(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = Csv.split(line);
        lines++;
        baskets.add(f[2]);
        households.merge(f[0], 1, Integer::sum);
        String path = paths.get(f[3]);
        if (path != null) {
          long[] t = types.get(path);
          t[0]++;
          t[1] += Math.round(Double.parseDouble(f[5]) * 100);
          buyers.computeIfAbsent(path, p -> new HashSet<>()).add(f[0]);
        }
      }
    }
  }

  private void write(Path out, Map<String, String[]> demographics) throws IOException {
    double scale = FULL_LINE_ITEMS / lines;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("dunnhumby-types.csv")))) {
      header(w, scale);
      w.println("path,sample_line_items,sample_households,sample_sales_cents");
      types.forEach(
          (p, t) -> w.printf("%s,%d,%d,%d%n", p, t[0], buyers.getOrDefault(p, Set.of()).size(), t[1]));
    }
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(out.resolve("dunnhumby-households.csv")))) {
      header(w, scale);
      w.println("sample_line_items,age_band,gender_proxy");
      households.forEach(
          (h, n) -> {
            String[] d = demographics.getOrDefault(h, new String[] {"", ""});
            w.printf("%d,%s,%s%n", n, d[0], d[1]);
          });
    }
  }

  private void header(PrintWriter w, double scale) {
    w.println("# Source: dunnhumby, The Complete Journey (CC0), via ../shared/data/completejourney.");
    w.println("# Derived by io.receiptcoupons.bench.DunnhumbySummary from transactions_sample.csv:");
    w.printf(
        "# %d sampled line items of %.0f (scale %.2f), %d households, %d sampled receipts.%n",
        lines, FULL_LINE_ITEMS, scale, households.size(), baskets.size());
  }
}
