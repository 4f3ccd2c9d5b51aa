package io.receiptcoupons.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** Who, where, when and under which ruleset something happened: the common part of events. */
public record Occasion(
    String transactionId,
    String member,
    String storeId,
    Instant at,
    LocalDate localDate,
    String rulesetVersion) {

  public LedgerEvent event(
      LedgerEvent.Kind kind, String campaignId, String code, String detail, LocalDate day) {
    return new LedgerEvent(
        0, kind, at, campaignId, member, storeId, transactionId, code, detail, day, rulesetVersion);
  }

  /** The same occasion attributed to {@code member}, e.g. the holder of a redeemed coupon. */
  public Occasion withMember(String member) {
    return new Occasion(transactionId, member, storeId, at, localDate, rulesetVersion);
  }

  public Occasion withStore(String storeId) {
    return new Occasion(transactionId, member, storeId, at, localDate, rulesetVersion);
  }
}
