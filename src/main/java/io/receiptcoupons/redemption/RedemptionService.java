package io.receiptcoupons.redemption;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.coupon.CouponCodes;
import io.receiptcoupons.coupon.CouponRecord;
import io.receiptcoupons.coupon.CouponRegistry;
import io.receiptcoupons.ledger.Ledger;
import io.receiptcoupons.ledger.LedgerEvent.Kind;
import io.receiptcoupons.ledger.Occasion;
import io.receiptcoupons.product.ProductSets;
import io.receiptcoupons.redemption.RedemptionResponse.Reason;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.Locks;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

/** Redeems a code exactly once: verified offline first, then checked against its record. */
@ApplicationScoped
public class RedemptionService {

  private static final String MAP = "redemptions";
  private final Store store;
  private final CouponCodes codes;
  private final CouponRegistry registry;
  private final Ledger ledger;
  private final Rulesets rulesets;
  private final ProgrammeConfig programme;
  private final ObjectMapper json;
  private final Locks locks;
  private final Clock clock = Clock.systemUTC();

  RedemptionService(
      Store store,
      CouponCodes codes,
      CouponRegistry registry,
      Ledger ledger,
      Rulesets rulesets,
      ProgrammeConfig programme,
      ObjectMapper json,
      Locks locks) {
    this.store = store;
    this.codes = codes;
    this.registry = registry;
    this.ledger = ledger;
    this.rulesets = rulesets;
    this.programme = programme;
    this.json = json;
    this.locks = locks;
  }

  public RedemptionResponse redeem(RedemptionRequest r) {
    String code = CouponCodes.canonical(r.code());
    Occasion o = occasion(r);
    // Under the code's lock two tills scanning one coupon at once, on any replicas, are served one
    // after the other.
    return locks.withLock(
        Locks.CODES, code, () -> store.inTransaction(tx -> replayOrRedeem(tx, r, code, o)));
  }

  private RedemptionResponse replayOrRedeem(
      StoreTx tx, RedemptionRequest r, String code, Occasion o) {
    String key = r.transactionId() + "|" + code;
    byte[] prior = tx.map(MAP).get(key);
    if (prior != null) {
      return read(prior);
    }
    CouponRecord coupon = codes.verify(code).isPresent() ? registry.find(tx, code) : null;
    RedemptionResponse response = decide(r, coupon, code, o);
    if (response.accepted()) {
      registry.save(tx, coupon.redeemed(r.transactionId()));
      ledger.append(
          tx,
          o.withMember(coupon.member())
              .event(Kind.REDEEMED, coupon.campaignId(), code, null, coupon.issuedOn()));
    } else {
      String campaign = coupon == null ? null : coupon.campaignId();
      Occasion who = coupon == null ? o : o.withMember(coupon.member());
      ledger.append(tx, who.event(Kind.REJECTED, campaign, code, response.reason().label(), null));
    }
    tx.map(MAP).put(key, write(response));
    return response;
  }

  private RedemptionResponse decide(RedemptionRequest r, CouponRecord c, String code, Occasion o) {
    Reason reason = reason(r, c, o);
    if (reason != null) {
      return RedemptionResponse.rejected(code, reason, c == null ? null : c.campaignId());
    }
    return new RedemptionResponse(code, true, null, c.campaignId(), c.offer(), c.appliesTo());
  }

  private static Reason reason(RedemptionRequest r, CouponRecord c, Occasion o) {
    if (c == null) {
      return Reason.UNKNOWN_OR_FORGED;
    }
    if (c.status() == CouponRecord.Status.VOIDED) {
      return Reason.VOIDED;
    }
    if (c.status() == CouponRecord.Status.REDEEMED) {
      return Reason.ALREADY_REDEEMED;
    }
    if (o.localDate().isBefore(c.validFrom())) {
      return Reason.NOT_YET_VALID;
    }
    if (o.localDate().isAfter(c.validUntil())) {
      return Reason.EXPIRED;
    }
    boolean fits =
        r.items().stream()
            .anyMatch(i -> ProductSets.contains(c.appliesTo(), i.sku(), i.category(), i.brand()));
    return fits ? null : Reason.WRONG_PRODUCTS;
  }

  private Occasion occasion(RedemptionRequest r) {
    Instant at = r.occurredAt() == null ? clock.instant() : r.occurredAt().toInstant();
    return new Occasion(
        r.transactionId(),
        null,
        r.storeId(),
        at,
        at.atZone(programme.timeZone()).toLocalDate(),
        rulesets.current().version());
  }

  private RedemptionResponse read(byte[] bytes) {
    try {
      return json.readValue(bytes, RedemptionResponse.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable redemption record", e);
    }
  }

  private byte[] write(RedemptionResponse response) {
    try {
      return json.writeValueAsBytes(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
