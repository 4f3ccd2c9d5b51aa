package io.receiptcoupons.bench.http;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Seeded synthetic programme for the service benchmarks: a catalogue of 2,400 product types (the
 * size of dunnhumby's), campaigns as YAML files, and members' histories as an import-history CSV.
 */
public final class Synthetic {

  /** The business date of every benchmark checkout; histories lie in the year before it. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  static final int TYPES = 2400;
  private static final int[] WINDOWS = {30, 90, 180, 365};

  private Synthetic() {}

  /** Category path of type {@code t}: 30 departments, 300 categories, 2,400 types. */
  public static String category(int t) {
    return "dept" + t / 80 + "/cat" + t / 8 + "/type" + t;
  }

  /** A type drawn with a skew: low numbers are popular, as in a real catalogue. */
  public static int popularType(SplittableRandom r) {
    double u = r.nextDouble();
    return (int) (u * u * u * TYPES);
  }

  /** Writes {@code n} campaigns: 70% history, 15% history with a member fold, 15% basket. */
  public static void writeCampaigns(Path dir, int n, long seed) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      String id = String.format("c%05d", i);
      Files.writeString(dir.resolve(id + ".yaml"), campaign(id, r));
    }
  }

  static String campaign(String id, SplittableRandom r) {
    int kind = r.nextInt(100);
    String type = category(popularType(r));
    String history =
        "history: { products: { categories: [" + type + "] }, metric: times, atLeast: "
            + (2 + r.nextInt(4)) + ", days: " + WINDOWS[r.nextInt(WINDOWS.length)] + " }";
    String condition =
        kind < 70
            ? "  " + history
            : kind < 85
                ? "  all:\n    - " + history + "\n    - member: { gender: female }"
                : "  basket: { products: { categories: [" + type + "] }, metric: quantity, atLeast: 2 }";
    return "id: " + id + "\nname: Synthetic " + id + "\nsponsor: Bench\npriority: " + r.nextInt(100)
        + "\nschedule:\n  from: 2026-01-01T00:00:00+09:00\n  until: 2028-01-01T00:00:00+09:00\n"
        + "conditions:\n" + condition + "\ncoupon:\n  title: 10 yen off\n  lines: [Thank you]\n"
        + "  offer: { type: amount-off, value: 10 }\n  appliesTo: { categories: [" + type + "] }\n"
        + "  validity: { days: 7 }\n";
  }

  /** Member id {@code i} of the imported population; the load generators draw from it. */
  public static String member(int i) {
    return String.format("M%08d", i);
  }

  /**
   * Writes an import-history CSV: per member, {@code transactions} baskets of {@code items} line
   * items over the year before {@link #DAY}, mostly from six favourite types. Returns the lines.
   */
  public static long writeMembers(Path csv, int members, int transactions, int items, long seed)
      throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    long lines = 0;
    Files.createDirectories(csv.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(csv)) {
      out.write("member_id,transaction_id,occurred_at,store_id,sku,category,brand,quantity,unit_price\n");
      int[] favourites = new int[6];
      StringBuilder line = new StringBuilder(128);
      for (int m = 0; m < members; m++) {
        for (int f = 0; f < favourites.length; f++) {
          favourites[f] = popularType(r);
        }
        for (int t = 0; t < transactions; t++) {
          String at = DAY.minusDays(1 + r.nextInt(364)) + "T12:00:00+09:00";
          String store = String.format("S%04d", 1 + r.nextInt(50));
          for (int i = 0; i < items; i++) {
            int type = r.nextInt(10) < 7 ? favourites[r.nextInt(favourites.length)] : popularType(r);
            line.setLength(0);
            line.append(member(m)).append(',').append(member(m)).append('-').append(t).append(',')
                .append(at).append(',').append(store).append(',').append(sku(type, r)).append(',')
                .append(category(type)).append(',').append(brand(type)).append(',')
                .append(1 + r.nextInt(3)).append(',').append(100 + r.nextInt(900)).append('\n');
            out.append(line);
            lines++;
          }
        }
      }
    }
    return lines;
  }

  static String sku(int type, SplittableRandom r) {
    return "sku" + type + "-" + r.nextInt(20);
  }

  static String brand(int type) {
    return "brand" + type % 50;
  }
}
