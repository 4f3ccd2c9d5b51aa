package io.receiptcoupons.imports;

import io.receiptcoupons.system.Csv;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts dunnhumby's The Complete Journey (transactions and products CSVs) into the history CSV:
 * household to member, basket to transaction, department/category/type to a category path.
 */
public final class CompleteJourney {

  static final String TRANSACTIONS_HEADER =
      "household_id,store_id,basket_id,product_id,quantity,sales_value,retail_disc,coupon_disc,"
          + "coupon_match_disc,week,transaction_timestamp";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Map<String, CompleteJourneyProduct> products;
  private final ZoneId zone;

  public CompleteJourney(Path productsCsv, ZoneId zone) throws IOException {
    this.products = CompleteJourneyProduct.read(productsCsv);
    this.zone = zone;
  }

  /** What a conversion wrote and dropped, and why. */
  public record Report(long written, long transactions, Map<String, Long> dropped) {}

  private record Row(java.time.Instant at, String basket, String line) {}

  /** Writes the history CSV, rows in time order with each transaction's rows together. */
  public Report convert(Path transactionsCsv, Path out) throws IOException {
    List<Row> rows = new ArrayList<>();
    Map<String, Long> dropped = new TreeMap<>();
    try (Csv in = Csv.open(transactionsCsv)) {
      in.requireHeader(TRANSACTIONS_HEADER);
      for (Csv.Row row = in.next(); row != null; row = in.next()) {
        try {
          accept(row.fields().toArray(String[]::new), rows, dropped);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              transactionsCsv + ": line " + row.line() + ": " + e.getMessage(), e);
        }
      }
    }
    // A basket sorts by its earliest row, so that its rows stay together as the import needs.
    Map<String, java.time.Instant> basketAt = new java.util.HashMap<>();
    rows.forEach(r -> basketAt.merge(r.basket(), r.at(), (a, b) -> a.isBefore(b) ? a : b));
    rows.sort(Comparator.comparing((Row r) -> basketAt.get(r.basket())).thenComparing(Row::basket));
    try (Writer w = Files.newBufferedWriter(out)) {
      w.write(HistoryImport.HEADER + "\n");
      for (Row r : rows) {
        w.write(r.line() + "\n");
      }
    }
    long baskets = rows.stream().map(Row::basket).distinct().count();
    return new Report(rows.size(), baskets, dropped);
  }

  // The POS API takes 1-9999 units and no negative prices, so such rows cannot be replayed. Fuel
  // is counted in thousandths of a US gallon (15831 for $33.23), so it is converted to litres;
  // a fuel row of a few units is a prepaid fill ($20) and stays counted.
  private void accept(String[] f, List<Row> rows, Map<String, Long> dropped) {
    if (f.length != 11) {
      throw new IllegalArgumentException("expected 11 fields, found " + f.length);
    }
    int quantity = Integer.parseInt(f[4]);
    double sales = Double.parseDouble(f[5]);
    CompleteJourneyProduct p = products.getOrDefault(f[3], CompleteJourneyProduct.UNKNOWN);
    String reason =
        quantity < 1
            ? "quantity 0"
            : quantity > 9999 && !p.fuel(quantity)
                ? "quantity over 9999"
                : sales < 0 ? "negative sales" : null;
    if (reason != null) {
      dropped.merge(reason, 1L, Long::sum);
      return;
    }
    var local = LocalDateTime.parse(f[10], STAMP).atZone(zone).toOffsetDateTime();
    String at = local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    Measure m = p.fuel(quantity) ? Measure.litres(quantity, sales) : Measure.units(quantity, sales);
    String line =
        Csv.line(f[0], f[2], at, f[1], f[3], p.category(), p.brand(), m.quantity(), m.unitPrice());
    rows.add(new Row(local.toInstant(), f[2], line));
  }

  /** A row's quantity field ("6" or "59.927l") and its price per unit or litre, in cents. */
  private record Measure(String quantity, String unitPrice) {
    private static final double LITRES_PER_GALLON = 3.785411784;

    static Measure units(int quantity, double sales) {
      return new Measure(
          Integer.toString(quantity), Long.toString(Math.round(sales * 100 / quantity)));
    }

    static Measure litres(int thousandthsOfGallon, double sales) {
      var litres =
          java.math.BigDecimal.valueOf(thousandthsOfGallon * LITRES_PER_GALLON / 1000)
              .setScale(3, java.math.RoundingMode.HALF_UP);
      long perLitre = Math.round(sales * 100 / litres.doubleValue());
      return new Measure(litres.toPlainString() + "l", Long.toString(perLitre));
    }
  }
}
