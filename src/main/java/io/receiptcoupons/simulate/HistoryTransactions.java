package io.receiptcoupons.simulate;

import io.receiptcoupons.checkout.CheckoutRequest;
import io.receiptcoupons.imports.HistoryImport;
import io.receiptcoupons.product.LineItem;
import io.receiptcoupons.system.Csv;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a history CSV into checkout requests, one per transaction, in time order. */
final class HistoryTransactions {
  private HistoryTransactions() {}

  static List<CheckoutRequest> read(Path file) throws IOException {
    Map<String, CheckoutRequest> byId = new LinkedHashMap<>();
    try (Csv in = Csv.open(file)) {
      in.requireHeader(HistoryImport.HEADER);
      for (Csv.Row row = in.next(); row != null; row = in.next()) {
        add(byId, row.fields().toArray(String[]::new), row.line());
      }
    }
    List<CheckoutRequest> all = new ArrayList<>(byId.values());
    // Stable: transactions at the same instant keep their order in the file.
    all.sort(Comparator.comparing(r -> r.occurredAt().toInstant()));
    return all;
  }

  private static void add(Map<String, CheckoutRequest> byId, String[] f, long line) {
    if (f.length != 9) {
      throw new IllegalArgumentException("line " + line + ": expected 9 fields, found " + f.length);
    }
    try {
      LineItem item =
          LineItem.parse(f[4], f[5], f[6].isBlank() ? null : f[6], f[7], Long.parseLong(f[8]));
      byId.computeIfAbsent(f[1], id -> request(f)).items().add(item);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
    }
  }

  private static CheckoutRequest request(String[] f) {
    return new CheckoutRequest(
        f[1],
        f[0].isBlank() ? null : f[0],
        f[3],
        "SIM",
        OffsetDateTime.parse(f[2]),
        new ArrayList<>());
  }
}
