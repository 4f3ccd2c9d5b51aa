package io.receiptcoupons.member.imports;

import java.time.OffsetDateTime;

/** One CSV row: a line item of a historic transaction. */
record ImportRow(
    String member,
    String transactionId,
    OffsetDateTime at,
    String sku,
    String category,
    String brand,
    int quantity,
    long unitPrice) {
  static ImportRow parse(String row, long lineNumber) {
    String[] f = row.split(",", -1);
    if (f.length != 9) {
      throw new IllegalArgumentException(
          "line " + lineNumber + ": expected 9 fields, found " + f.length);
    }
    try {
      return new ImportRow(
          f[0],
          f[1],
          OffsetDateTime.parse(f[2]),
          f[4],
          f[5],
          f[6].isBlank() ? null : f[6],
          Integer.parseInt(f[7]),
          Long.parseLong(f[8]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
    }
  }
}
