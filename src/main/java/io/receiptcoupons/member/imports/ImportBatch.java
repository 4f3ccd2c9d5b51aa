package io.receiptcoupons.member.imports;

import io.receiptcoupons.campaign.ProductIndex;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.Totals;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Per-member history deltas of one batch, grouped per transaction so that "times" is exact. */
final class ImportBatch {
  private final ProductIndex products;
  private final java.time.ZoneId zone;
  private final MemberPseudonyms pseudonyms;
  private final Map<String, PurchaseHistory> deltas = new HashMap<>();
  private final Set<String> members = new HashSet<>();
  private final Map<String, Totals> open = new HashMap<>();
  private String openKey;
  private String openMember;
  private int openDay;
  private long lines;

  ImportBatch(ProductIndex products, java.time.ZoneId zone, MemberPseudonyms pseudonyms) {
    this.products = products;
    this.zone = zone;
    this.pseudonyms = pseudonyms;
  }

  void add(ImportRow r) {
    if (!r.transactionId().equals(openKey)) {
      close();
      openKey = r.transactionId();
      openMember = pseudonyms.of(r.member());
      openDay = (int) r.at().atZoneSameInstant(zone).toLocalDate().toEpochDay();
      members.add(openMember);
    }
    Totals line = new Totals(0, r.quantity(), r.quantity() * r.unitPrice());
    products.keysOf(r.sku(), r.category(), r.brand(), key -> open.merge(key, line, Totals::plus));
    lines++;
  }

  private void close() {
    if (openKey != null) {
      open.replaceAll((k, t) -> new Totals(1, t.quantity(), t.spend()));
      deltas.computeIfAbsent(openMember, m -> PurchaseHistory.empty()).record(openDay, open);
      open.clear();
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
