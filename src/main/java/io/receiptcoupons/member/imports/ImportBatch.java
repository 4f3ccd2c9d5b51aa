package io.receiptcoupons.member.imports;

import io.receiptcoupons.campaign.ProductIndex;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.TransactionTotals;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Per-member history deltas of one batch, grouped per transaction so that "times" is exact. */
final class ImportBatch {
  private final java.time.ZoneId zone;
  private final MemberPseudonyms pseudonyms;
  private final Map<String, PurchaseHistory> deltas = new HashMap<>();
  private final Set<String> members = new HashSet<>();
  private final TransactionTotals open;
  private String openKey;
  private String openMember;
  private int openDay;
  private long lines;

  ImportBatch(ProductIndex products, java.time.ZoneId zone, MemberPseudonyms pseudonyms) {
    this.zone = zone;
    this.pseudonyms = pseudonyms;
    this.open = new TransactionTotals(products);
  }

  void add(ImportRow r) {
    if (!r.transactionId().equals(openKey)) {
      close();
      openKey = r.transactionId();
      openMember = pseudonyms.of(r.member());
      openDay = (int) r.at().atZoneSameInstant(zone).toLocalDate().toEpochDay();
      members.add(openMember);
    }
    open.add(r.sku(), r.category(), r.brand(), r.quantity(), r.unitPrice());
    lines++;
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
    Map<String, PurchaseHistory> out = new HashMap<>(deltas);
    deltas.clear();
    lines = 0;
    return out;
  }
}
