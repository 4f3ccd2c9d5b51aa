package io.receiptcoupons.imports;

import io.receiptcoupons.system.Csv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One Complete Journey product as the engine sees it: a category path and a brand. */
record CompleteJourneyProduct(String category, String brand) {

  static final String HEADER =
      "product_id,manufacturer_id,department,brand,product_category,product_type,package_size";
  static final CompleteJourneyProduct UNKNOWN = new CompleteJourneyProduct("unknown", "");

  /** A fuel reading: thousandths of a gallon, not units (a prepaid fill counts 1 to a few). */
  boolean fuel(int quantity) {
    return category.contains("gasoline") && quantity >= 100;
  }

  static Map<String, CompleteJourneyProduct> read(Path file) throws IOException {
    Map<String, CompleteJourneyProduct> products = new HashMap<>();
    try (Csv in = Csv.open(file)) {
      in.requireHeader(HEADER);
      for (Csv.Row row = in.next(); row != null; row = in.next()) {
        String[] f = row.fields().toArray(String[]::new);
        if (f.length == 7) {
          products.put(f[0], new CompleteJourneyProduct(path(f[2], f[4], f[5]), slug(f[3])));
        }
      }
    }
    return products;
  }

  /** e.g. GROCERY, COFFEE, GROUND COFFEE to grocery/coffee/ground-coffee. */
  static String path(String... levels) {
    List<String> parts = new ArrayList<>();
    for (String level : levels) {
      String s = slug(level);
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    return parts.isEmpty() ? "unknown" : String.join("/", parts);
  }

  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.length() > 64 ? s.substring(0, 64).replaceAll("-+$", "") : s;
  }
}
