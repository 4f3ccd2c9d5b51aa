package io.receiptcoupons.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One accountable fact: a coupon issued, a member held out or passed over, a redemption, a void, a
 * conversion. {@code day} is the budget day: the local date the coupon was issued on.
 */
public record LedgerEvent(
    long seq,
    Kind kind,
    Instant at,
    String campaignId,
    String member,
    String storeId,
    String transactionId,
    String code,
    String detail,
    LocalDate day,
    String rulesetVersion) {

  /** What happened. */
  public enum Kind {
    @JsonProperty("issued")
    ISSUED,
    @JsonProperty("held-out")
    HELD_OUT,
    @JsonProperty("skipped")
    SKIPPED,
    @JsonProperty("redeemed")
    REDEEMED,
    @JsonProperty("rejected")
    REJECTED,
    @JsonProperty("voided")
    VOIDED,
    @JsonProperty("converted")
    CONVERTED
  }

  /** Numbered, and attributed to the member's ledger id rather than their pseudonym. */
  LedgerEvent numbered(long n, String ledgerId) {
    return new LedgerEvent(
        n,
        kind,
        at,
        campaignId,
        ledgerId,
        storeId,
        transactionId,
        code,
        detail,
        day,
        rulesetVersion);
  }
}
