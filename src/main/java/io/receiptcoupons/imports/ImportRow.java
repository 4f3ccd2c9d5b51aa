package io.receiptcoupons.imports;

import io.receiptcoupons.product.LineItem;
import java.util.List;

/** One CSV row: a line item of a historic transaction. Its time is parsed per transaction. */
record ImportRow(String member, String transactionId, String occurredAt, LineItem item) {

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
          LineItem.parse(
              f.get(4),
              f.get(5),
              f.get(6).isBlank() ? null : f.get(6),
              f.get(7),
              Long.parseLong(f.get(8))));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
    }
  }
}
