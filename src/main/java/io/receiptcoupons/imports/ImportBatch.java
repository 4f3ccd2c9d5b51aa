package io.receiptcoupons.imports;

import io.receiptcoupons.product.ProductIndex;
import io.receiptcoupons.product.TransactionTotals;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Per-member (card number) history deltas of one batch, grouped per transaction so that "times" is
 * exact.
 */
final class ImportBatch {
  private final LocalDays days;
  private Map<String, PurchaseHistory> deltas = new HashMap<>();
  private final Set<String> members = new HashSet<>();
  private final TransactionTotals open;
  private String openKey;
  private String openAt;
  private String openMember;
  private int openDay;
  private long lines;

  ImportBatch(ProductIndex products, ZoneId zone) {
    this.days = new LocalDays(zone);
    this.open = new TransactionTotals(products);
  }

  void add(ImportRow r, long lineNumber) {
    if (!r.transactionId().equals(openKey)) {
      close();
      openKey = r.transactionId();
      openAt = r.occurredAt();
      openDay = day(r.occurredAt(), lineNumber);
      openMember(r.member());
    } else if (!r.occurredAt().equals(openAt)) {
      day(r.occurredAt(), lineNumber);
    }
    open.add(r.item());
    lines++;
  }

  // The writer turns card numbers into pseudonyms: an HMAC per member, off the reading thread.
  private void openMember(String card) {
    if (!card.equals(openMember)) {
      openMember = card;
      members.add(card);
    }
  }

  private int day(String occurredAt, long lineNumber) {
    try {
      return days.of(occurredAt);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private void close() {
    if (openKey != null) {
      deltas
          .computeIfAbsent(openMember, m -> PurchaseHistory.empty())
          .record(openDay, open.close());
      openKey = null;
    }
  }

  long lines() {
    return lines;
  }

  long membersSeen() {
    return members.size();
  }

  Map<String, PurchaseHistory> drain() {
    close();
    Map<String, PurchaseHistory> out = deltas;
    deltas = new HashMap<>();
    lines = 0;
    return out;
  }
}
