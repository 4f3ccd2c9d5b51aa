package io.receiptcoupons.member.imports;

import io.receiptcoupons.campaign.ProductIndex;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.TransactionTotals;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Per-member history deltas of one batch, grouped per transaction so that "times" is exact. */
final class ImportBatch {
  // An import sees the same products over and over; their history keys are looked up once.
  private static final int KEY_CACHE_LIMIT = 200_000;

  private final ProductIndex products;
  private final LocalDays days;
  private final MemberPseudonyms pseudonyms;
  private final Map<String, Product> keysOfSku = new HashMap<>();
  private Map<String, PurchaseHistory> deltas = new HashMap<>();
  private final Set<String> members = new HashSet<>();
  private final TransactionTotals open;
  private String openKey;
  private String openAt;
  private String openCard;
  private String openMember;
  private int openDay;
  private long lines;

  ImportBatch(ProductIndex products, ZoneId zone, MemberPseudonyms pseudonyms) {
    this.products = products;
    this.days = new LocalDays(zone);
    this.pseudonyms = pseudonyms;
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
    open.add(keys(r), r.quantity(), r.unitPrice());
    lines++;
  }

  // Rows of one member usually follow each other: the pseudonym (an HMAC) is computed once.
  private void openMember(String card) {
    if (!card.equals(openCard)) {
      openCard = card;
      openMember = pseudonyms.of(card);
      members.add(openMember);
    }
  }

  private int day(String occurredAt, long lineNumber) {
    try {
      return days.of(occurredAt);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private List<String> keys(ImportRow r) {
    Product p = keysOfSku.get(r.sku());
    if (p == null || !p.is(r.category(), r.brand())) {
      List<String> keys = new ArrayList<>(6);
      products.keysOf(r.sku(), r.category(), r.brand(), keys::add);
      if (keysOfSku.size() >= KEY_CACHE_LIMIT) {
        keysOfSku.clear();
      }
      p = new Product(r.category(), r.brand(), keys);
      keysOfSku.put(r.sku(), p);
    }
    return p.keys();
  }

  /** A SKU's category and brand as last seen, and the history keys they make. */
  private record Product(String category, String brand, List<String> keys) {
    boolean is(String category, String brand) {
      return this.category.equals(category) && Objects.equals(this.brand, brand);
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
