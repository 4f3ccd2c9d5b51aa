package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.issuance.CouponIssuer;
import io.receiptcoupons.ledger.Conversions;
import io.receiptcoupons.ledger.Occasion;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberProfile;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.member.MemberRepository;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.Totals;
import io.receiptcoupons.partner.PartnerLists;
import io.receiptcoupons.system.ConflictException;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.Store;
import io.receiptcoupons.system.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Records a checkout in the member's history, evaluates the rules, and answers idempotently. */
@ApplicationScoped
public class CheckoutService {

  private final Store store;
  private final CheckoutRecords records;
  private final HistoryRepository histories;
  private final MemberRepository members;
  private final MemberPseudonyms pseudonyms;
  private final Rulesets rulesets;
  private final CouponIssuer issuer;
  private final ProgrammeConfig programme;
  private final Conversions conversions;
  private final CheckoutLocks locks;
  private final CheckoutMetrics metrics;
  private final PartnerLists partners;

  CheckoutService(
      Store store,
      CheckoutRecords records,
      HistoryRepository histories,
      MemberRepository members,
      MemberPseudonyms pseudonyms,
      Rulesets rulesets,
      CouponIssuer issuer,
      ProgrammeConfig programme,
      Conversions conversions,
      CheckoutLocks locks,
      CheckoutMetrics metrics,
      PartnerLists partners) {
    this.store = store;
    this.records = records;
    this.histories = histories;
    this.members = members;
    this.pseudonyms = pseudonyms;
    this.rulesets = rulesets;
    this.issuer = issuer;
    this.programme = programme;
    this.conversions = conversions;
    this.locks = locks;
    this.metrics = metrics;
    this.partners = partners;
  }

  public CheckoutResponse checkout(CheckoutRequest request) {
    String member = request.memberId() == null ? null : pseudonyms.of(request.memberId());
    CheckoutProbe probe = metrics.start(request);
    try {
      return probe.answered(locked(request, member));
    } catch (ConflictException e) {
      probe.conflict();
      throw e;
    } catch (RuntimeException e) {
      // The till must never wait on a broken engine or store: no coupons now, nothing recorded
      // (the transaction rolled back), and a retry of the same transactionId gets the real answer.
      return probe.degraded(e);
    }
  }

  private CheckoutResponse locked(CheckoutRequest request, String member) {
    String fingerprint = RequestFingerprint.of(request);
    return locks.transaction(
        request.transactionId(),
        () ->
            locks.member(member, () -> metrics.store(() -> inStore(request, fingerprint, member))));
  }

  private CheckoutResponse inStore(CheckoutRequest request, String fingerprint, String member) {
    return store.inTransaction(tx -> replayOrRun(tx, request, fingerprint, member));
  }

  private CheckoutResponse replayOrRun(
      StoreTx tx, CheckoutRequest request, String fingerprint, String member) {
    CheckoutRecords.Recorded prior = records.find(tx, request.transactionId());
    if (prior != null) {
      if (!prior.fingerprint().equals(fingerprint)) {
        throw new ConflictException(
            "transactionId " + request.transactionId() + " was already used with a different body");
      }
      metrics.replayed();
      return prior.response();
    }
    // The lease keeps this ruleset's rule base open even if a reload swaps in a new one meanwhile.
    Ruleset rules = rulesets.acquire();
    try {
      CheckoutRecords.Recorded recorded = run(tx, rules, request, fingerprint, member);
      records.save(tx, request.transactionId(), recorded);
      return recorded.response();
    } finally {
      rules.release();
    }
  }

  private CheckoutRecords.Recorded run(
      StoreTx tx, Ruleset rules, CheckoutRequest request, String fingerprint, String member) {
    LocalDate date = request.occurredAt().atZoneSameInstant(programme.timeZone()).toLocalDate();
    Map<String, Totals> basket = Basket.totals(request.items(), rules.products());
    MemberProfile profile = member == null ? MemberProfile.UNKNOWN : members.find(tx, member);
    // An opted-out member is served like a shopper without a card: nothing recorded, nothing
    // targeted, nothing followed up.
    String tracked = member != null && !profile.optedOut() ? member : null;
    metrics.tracked(tracked);
    Occasion o = occasion(request, tracked, date, rules.version());
    List<Coupon> coupons =
        tracked == null
            ? issuer.issue(tx, o, eligible(rules, anonymous(basket, request.storeId(), date)))
            : followAndIssue(tx, o, rules, request, profile, basket);
    CheckoutResponse response =
        new CheckoutResponse(request.transactionId(), rules.version(), coupons);
    return new CheckoutRecords.Recorded(
        fingerprint, response, tracked, date, tracked == null ? Map.of() : basket, null);
  }

  private List<Coupon> followAndIssue(
      StoreTx tx,
      Occasion o,
      Ruleset rules,
      CheckoutRequest request,
      MemberProfile profile,
      Map<String, Totals> basket) {
    PurchaseHistory history = record(tx, o.member(), o.localDate(), basket);
    conversions.observe(tx, o, set -> Basket.holdsAny(request.items(), set));
    var lists = partners.of(tx, o.member(), rules.partnerLists(), o.localDate());
    return issuer.issue(
        tx,
        o,
        eligible(
            rules, new Evaluation(history, basket, profile, o.storeId(), o.localDate(), lists)));
  }

  private List<Campaign> eligible(Ruleset rules, Evaluation e) {
    return metrics.engine(() -> rules.eligible(e));
  }

  private static Evaluation anonymous(Map<String, Totals> basket, String store, LocalDate date) {
    return new Evaluation(PurchaseHistory.empty(), basket, MemberProfile.UNKNOWN, store, date);
  }

  private static Occasion occasion(
      CheckoutRequest r, String member, LocalDate date, String version) {
    return new Occasion(
        r.transactionId(), member, r.storeId(), r.occurredAt().toInstant(), date, version);
  }

  // The checkout counts before its own rules run: the purchase that makes "the 5th time" prints.
  private PurchaseHistory record(
      StoreTx tx, String member, LocalDate date, Map<String, Totals> basket) {
    PurchaseHistory history = histories.load(tx, member);
    int day = (int) date.toEpochDay();
    history.record(day, basket);
    histories.save(tx, member, history, day - programme.retentionDays() + 1);
    return history;
  }
}
