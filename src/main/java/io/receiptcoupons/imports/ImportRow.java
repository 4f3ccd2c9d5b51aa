package io.receiptcoupons.imports;

import java.util.List;

/** One CSV row: a line item of a historic transaction. Its time is parsed per transaction. */
record ImportRow(
    String member,
    String transactionId,
    String occurredAt,
    String sku,
    String category,
    String brand,
    int quantity,
    long unitPrice) {

  private static final int FIELDS = 9;

  static ImportRow parse(List<String> f, long lineNumber) {
    if (f.size() != FIELDS) {
      throw new IllegalArgumentException(
          "line " + lineNumber + ": expected 9 fields, found " + f.size());
    }
    try {
      return new ImportRow(
          f.get(0),
          f.get(1),
          f.get(2),
          f.get(4),
          f.get(5),
          f.get(6).isBlank() ? null : f.get(6),
          Integer.parseInt(f.get(7)),
          Long.parseLong(f.get(8)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
    }
  }
}
