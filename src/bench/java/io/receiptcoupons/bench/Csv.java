package io.receiptcoupons.bench;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line with double-quoted fields (the dunnhumby files quote names with commas). */
final class Csv {

  private Csv() {}

  static String[] split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }
}
