package io.receiptcoupons.imports;

import io.receiptcoupons.product.LineItem;

/** One CSV row: a line item of a historic transaction. Its time is parsed per transaction. */
record ImportRow(String member, String transactionId, String occurredAt, LineItem item) {

  private static final int FIELDS = 9;

  static ImportRow parse(String row, long lineNumber) {
    String[] f = new String[FIELDS];
    int found = split(row, f);
    if (found != FIELDS) {
      throw new IllegalArgumentException(
          "line " + lineNumber + ": expected 9 fields, found " + found);
    }
    try {
      return new ImportRow(
          f[0],
          f[1],
          f[2],
          LineItem.parse(f[4], f[5], f[6].isBlank() ? null : f[6], f[7], Long.parseLong(f[8])));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  // Fills f with the comma-separated fields (no quoting, as the format has none); returns how
  // many fields the row has, which may exceed f's length.
  private static int split(String row, String[] f) {
    int count = 0;
    int from = 0;
    for (int comma = row.indexOf(','); ; comma = row.indexOf(',', from)) {
      int end = comma < 0 ? row.length() : comma;
      if (count < f.length) {
        f[count] = row.substring(from, end);
      }
      count++;
      if (comma < 0) {
        return count;
      }
      from = comma + 1;
    }
  }
}
