package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.coupon.CouponRecord;
import io.receiptcoupons.coupon.CouponRegistry;
import io.receiptcoupons.issuance.Budgets;
import io.receiptcoupons.issuance.MemberCaps;
import io.receiptcoupons.ledger.Ledger;
import io.receiptcoupons.ledger.LedgerEvent.Kind;
import io.receiptcoupons.ledger.Occasion;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.security.StoreGrant;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Voids a checkout: its history counts go, its unused coupons are cancelled, budgets return. */
@ApplicationScoped
public class CheckoutVoids {

  private final Store store;
  private final CheckoutRecords records;
  private final CheckoutLocks locks;
  private final HistoryRepository histories;
  private final CouponRegistry coupons;
  private final Budgets budgets;
  private final MemberCaps caps;
  private final Ledger ledger;
  private final Rulesets rulesets;
  private final ProgrammeConfig programme;
  private final Clock clock = Clock.systemUTC();

  CheckoutVoids(
      Store store,
      CheckoutRecords records,
      CheckoutLocks locks,
      HistoryRepository histories,
      CouponRegistry coupons,
      Budgets budgets,
      MemberCaps caps,
      Ledger ledger,
      Rulesets rulesets,
      ProgrammeConfig programme) {
    this.store = store;
    this.records = records;
    this.locks = locks;
    this.histories = histories;
    this.coupons = coupons;
    this.budgets = budgets;
    this.caps = caps;
    this.ledger = ledger;
    this.rulesets = rulesets;
    this.programme = programme;
  }

  /** Idempotent: a second void of the same checkout answers as the first did. */
  public VoidResponse voidCheckout(String transactionId) {
    return voidCheckout(transactionId, StoreGrant.ANY);
  }

  /** As above, for a caller allowed only the stores in {@code grant}: else 403, nothing changed. */
  public VoidResponse voidCheckout(String transactionId, StoreGrant grant) {
    return locks.transaction(transactionId, () -> lockedVoid(transactionId, grant));
  }

  private VoidResponse lockedVoid(String transactionId, StoreGrant grant) {
    // Under the transaction's lock its record cannot change, so it is safe to read it first.
    CheckoutRecords.Recorded recorded = store.inTransaction(tx -> records.find(tx, transactionId));
    if (recorded == null) {
      throw new NotFoundException("No checkout with transactionId " + transactionId);
    }
    grant.require(recorded.storeId());
    List<String> codes = recorded.response().coupons().stream().map(Coupon::code).toList();
    return locks.member(
        recorded.member(),
        () -> locks.codes(codes, () -> store.inTransaction(tx -> apply(tx, transactionId))));
  }

  private VoidResponse apply(StoreTx tx, String transactionId) {
    CheckoutRecords.Recorded recorded = records.find(tx, transactionId);
    if (recorded.voided() != null) {
      return recorded.voided();
    }
    if (recorded.member() != null) {
      reverseHistory(tx, recorded);
    }
    Occasion o = occasion(recorded);
    List<String> cancelled = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (Coupon c : recorded.response().coupons()) {
      CouponRecord coupon = coupons.find(tx, c.code());
      (coupon.status() == CouponRecord.Status.REDEEMED ? kept : cancelled).add(c.code());
      if (coupon.status() == CouponRecord.Status.ISSUED) {
        cancel(tx, o, coupon);
      }
    }
    VoidResponse response = new VoidResponse(transactionId, o.at(), cancelled, kept);
    records.save(tx, transactionId, recorded.withVoid(response));
    return response;
  }

  private void cancel(StoreTx tx, Occasion o, CouponRecord coupon) {
    coupons.save(tx, coupon.voided());
    budgets.giveBack(tx, coupon.campaignId(), coupon.issuedOn());
    caps.release(tx, coupon.campaignId(), coupon.member(), (int) coupon.issuedOn().toEpochDay());
    ledger.append(
        tx,
        o.withStore(coupon.storeId())
            .event(Kind.VOIDED, coupon.campaignId(), coupon.code(), null, coupon.issuedOn()));
  }

  private void reverseHistory(StoreTx tx, CheckoutRecords.Recorded r) {
    PurchaseHistory history = histories.load(tx, r.member());
    int day = (int) r.localDate().toEpochDay();
    history.reverse(day, r.counted());
    histories.save(tx, r.member(), history, day - programme.retentionDays() + 1);
  }

  // A void is bookkeeping, not a decision: it is stamped with the time it is recorded.
  private Occasion occasion(CheckoutRecords.Recorded r) {
    var now = clock.instant();
    return new Occasion(
        r.response().transactionId(),
        r.member(),
        null,
        now,
        now.atZone(programme.timeZone()).toLocalDate(),
        rulesets.current().version());
  }
}
