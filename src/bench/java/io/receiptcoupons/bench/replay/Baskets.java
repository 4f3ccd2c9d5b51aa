package io.receiptcoupons.bench.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dunnhumby transactions ("dunnhumby, The Complete Journey", CC0) as checkout bodies, one per
 * basket, in time order. Categories are department/product_category/product_type, lower-cased.
 */
final class Baskets {

  private static final ZoneId STORES = ZoneId.of("America/New_York");
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** One basket: its time, and the checkout body to POST. */
  record Basket(LocalDateTime at, String id, String body) {}

  /** What was read: the baskets, and line items left out (quantity 0). */
  record Loaded(List<Basket> baskets, long lines, long skippedLines) {}

  private Baskets() {}

  static Loaded load(Path dir) throws IOException {
    Map<String, String[]> products = products(dir.resolve("products.csv"));
    Map<String, List<String[]>> byBasket = new HashMap<>();
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("transactions_sample.csv"), StandardCharsets.UTF_8)) {
      in.readLine();
      for (String row = in.readLine(); row != null; row = in.readLine()) {
        String[] f = row.split(",", -1);
        byBasket.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f);
        lines++;
      }
    }
    List<Basket> baskets = new ArrayList<>();
    long skipped = 0;
    for (Map.Entry<String, List<String[]>> e : byBasket.entrySet()) {
      StringBuilder items = new StringBuilder();
      LocalDateTime at = null;
      for (String[] f : e.getValue()) {
        LocalDateTime t = LocalDateTime.parse(f[10], TS);
        at = at == null || t.isBefore(at) ? t : at;
        int quantity = Integer.parseInt(f[4]);
        if (quantity < 1) {
          skipped++;
          continue;
        }
        item(items, f, products.get(f[3]), quantity);
      }
      if (items.length() > 0) {
        String[] first = e.getValue().get(0);
        baskets.add(new Basket(at, e.getKey(), body(e.getKey(), first[0], first[1], at, items)));
      }
    }
    baskets.sort(Comparator.comparing(Basket::at).thenComparing(Basket::id));
    return new Loaded(baskets, lines, skipped);
  }

  // Fuel is counted in thousandths of a US gallon (15831 for $33.23): it is sent in litres, as a
  // measured item. A fuel line of a few units is a prepaid fill and stays counted.
  private static void item(StringBuilder items, String[] f, String[] product, int quantity) {
    String category = product == null ? "unknown" : product[0];
    String brand = product == null ? "unknown" : product[1];
    boolean fuel = category.contains("gasoline") && quantity >= 100;
    double amount = fuel ? Math.round(quantity * 3.785411784) / 1000.0 : quantity;
    long cents = Math.round(Double.parseDouble(f[5]) * 100 / amount);
    String measured = fuel ? String.format(Locale.ROOT, "%.3f,\"unit\":\"l\"", amount) : Integer.toString(quantity);
    items.append(items.length() == 0 ? "" : ",")
        .append("{\"sku\":\"").append(f[3]).append("\",\"category\":\"").append(category)
        .append("\",\"brand\":\"").append(brand).append("\",\"quantity\":").append(measured)
        .append(",\"unitPrice\":").append(cents).append('}');
  }

  private static String body(String basket, String household, String store, LocalDateTime at, StringBuilder items) {
    return "{\"transactionId\":\"B" + basket + "\",\"memberId\":\"H" + household + "\",\"storeId\":\"S" + store
        + "\",\"terminalId\":\"T01\",\"occurredAt\":\"" + at.atZone(STORES).toOffsetDateTime()
        + "\",\"items\":[" + items + "]}";
  }

  /** product_id to {category path, brand}. */
  private static Map<String, String[]> products(Path csv) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      in.readLine();
      for (String row = in.readLine(); row != null; row = in.readLine()) {
        String[] f = parseCsv(row);
        String path = segment(f[2]) + "/" + segment(f[4]) + "/" + segment(f[5]);
        out.put(f[0], new String[] {path, segment(f[3])});
      }
    }
    return out;
  }

  /** Lower-case letters, digits and dashes; "none" for an empty field. */
  static String segment(String raw) {
    String s = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    s = s.isEmpty() ? "none" : s;
    return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
  }

  // products.csv quotes fields that hold commas.
  private static String[] parseCsv(String row) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (char c : row.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString());
    while (fields.size() < 7) {
      fields.add("");
    }
    return fields.toArray(new String[0]);
  }
}
