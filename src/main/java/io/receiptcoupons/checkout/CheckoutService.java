package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.coupon.CouponIssuer;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberProfile;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.member.MemberRepository;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.Totals;
import io.receiptcoupons.system.ConflictException;
import io.receiptcoupons.system.EmbeddedStore;
import io.receiptcoupons.system.EmbeddedStore.StoreTx;
import io.receiptcoupons.system.KeyedLocks;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Records a checkout in the member's history, evaluates the rules, and answers idempotently. */
@ApplicationScoped
public class CheckoutService {

  private final KeyedLocks transactionLocks = new KeyedLocks(1024);
  private final KeyedLocks memberLocks = new KeyedLocks(1024);
  private final EmbeddedStore store;
  private final CheckoutRecords records;
  private final HistoryRepository histories;
  private final MemberRepository members;
  private final MemberPseudonyms pseudonyms;
  private final Rulesets rulesets;
  private final CouponIssuer issuer;
  private final ProgrammeConfig programme;

  CheckoutService(
      EmbeddedStore store,
      CheckoutRecords records,
      HistoryRepository histories,
      MemberRepository members,
      MemberPseudonyms pseudonyms,
      Rulesets rulesets,
      CouponIssuer issuer,
      ProgrammeConfig programme) {
    this.store = store;
    this.records = records;
    this.histories = histories;
    this.members = members;
    this.pseudonyms = pseudonyms;
    this.rulesets = rulesets;
    this.issuer = issuer;
    this.programme = programme;
  }

  public CheckoutResponse checkout(CheckoutRequest request) {
    String fingerprint = RequestFingerprint.of(request);
    String member = request.memberId() == null ? null : pseudonyms.of(request.memberId());
    // Lock order is always transaction, then member: no two checkouts can wait on each other.
    return transactionLocks.withLock(
        request.transactionId(),
        () ->
            member == null
                ? store.inTransaction(tx -> replayOrRun(tx, request, fingerprint, null))
                : memberLocks.withLock(
                    member,
                    () ->
                        store.inTransaction(tx -> replayOrRun(tx, request, fingerprint, member))));
  }

  private CheckoutResponse replayOrRun(
      StoreTx tx, CheckoutRequest request, String fingerprint, String member) {
    CheckoutRecords.Recorded prior = records.find(tx, request.transactionId());
    if (prior != null) {
      if (!prior.fingerprint().equals(fingerprint)) {
        throw new ConflictException(
            "transactionId " + request.transactionId() + " was already used with a different body");
      }
      return prior.response();
    }
    CheckoutResponse response = run(tx, request, member);
    records.save(tx, request.transactionId(), new CheckoutRecords.Recorded(fingerprint, response));
    return response;
  }

  private CheckoutResponse run(StoreTx tx, CheckoutRequest request, String member) {
    Ruleset rules = rulesets.current();
    LocalDate date = request.occurredAt().atZoneSameInstant(programme.timeZone()).toLocalDate();
    Map<String, Totals> basket = Basket.totals(request.items(), rules.products());
    MemberProfile profile = member == null ? MemberProfile.UNKNOWN : members.find(tx, member);
    // An opted-out member is served like a shopper without a card: nothing recorded, nothing
    // targeted.
    boolean tracked = member != null && !profile.optedOut();
    PurchaseHistory history = tracked ? record(tx, member, date, basket) : PurchaseHistory.empty();
    MemberProfile targeting = tracked ? profile : MemberProfile.UNKNOWN;
    List<Coupon> coupons =
        issuer.issue(
            rules.eligible(new Evaluation(history, basket, targeting, request.storeId(), date)),
            request.transactionId(),
            request.occurredAt().toInstant(),
            date);
    return new CheckoutResponse(request.transactionId(), rules.version(), coupons);
  }

  // The checkout counts before its own rules run: the purchase that makes "the 5th time" prints.
  private PurchaseHistory record(
      StoreTx tx, String member, LocalDate date, Map<String, Totals> basket) {
    PurchaseHistory history = histories.load(tx, member);
    int day = (int) date.toEpochDay();
    history.record(day, basket);
    histories.save(tx, member, history, basket.keySet(), day - programme.retentionDays() + 1);
    return history;
  }
}
