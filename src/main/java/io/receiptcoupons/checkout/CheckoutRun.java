package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.issuance.CouponIssuer;
import io.receiptcoupons.ledger.Conversions;
import io.receiptcoupons.ledger.Ledger;
import io.receiptcoupons.ledger.LedgerBatch;
import io.receiptcoupons.ledger.Occasion;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberRepository;
import io.receiptcoupons.partner.PartnerLists;
import io.receiptcoupons.product.Basket;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One new checkout inside its transaction: history, follow-up, rules, issuance, one ledger entry.
 */
@ApplicationScoped
class CheckoutRun {

  private final HistoryRepository histories;
  private final MemberRepository members;
  private final CouponIssuer issuer;
  private final ProgrammeConfig programme;
  private final Conversions conversions;
  private final Ledger ledger;
  private final CheckoutMetrics metrics;
  private final PartnerLists partners;

  CheckoutRun(
      HistoryRepository histories,
      MemberRepository members,
      CouponIssuer issuer,
      ProgrammeConfig programme,
      Conversions conversions,
      Ledger ledger,
      CheckoutMetrics metrics,
      PartnerLists partners) {
    this.histories = histories;
    this.members = members;
    this.issuer = issuer;
    this.programme = programme;
    this.conversions = conversions;
    this.ledger = ledger;
    this.metrics = metrics;
    this.partners = partners;
  }

  CheckoutRecords.Recorded run(
      StoreTx tx, Ruleset rules, CheckoutRequest request, String fingerprint, String member) {
    LocalDate date = request.occurredAt().atZoneSameInstant(programme.timeZone()).toLocalDate();
    Map<String, Totals> basket = Basket.totals(request.items(), rules.products());
    MemberProfile profile = member == null ? MemberProfile.UNKNOWN : members.find(tx, member);
    // An opted-out member is served like a shopper without a card: nothing recorded, nothing
    // targeted, nothing followed up.
    String tracked = member != null && !profile.optedOut() ? member : null;
    metrics.tracked(tracked);
    Occasion o = occasion(request, tracked, date, rules.version());
    LedgerBatch batch = new LedgerBatch();
    List<Coupon> coupons =
        tracked == null
            ? issuer.issue(
                tx,
                o,
                eligible(rules, anonymous(basket, request.storeId(), date)),
                batch,
                Conversions.Open.nobody())
            : followAndIssue(tx, o, rules, request, profile, basket, batch);
    // The checkout's decisions are one ledger entry: a store write per campaign cost the most.
    ledger.append(tx, batch);
    CheckoutResponse response =
        new CheckoutResponse(request.transactionId(), rules.version(), coupons);
    return new CheckoutRecords.Recorded(
        fingerprint,
        response,
        tracked,
        date,
        tracked == null ? Map.of() : basket,
        null,
        request.storeId());
  }

  private List<Coupon> followAndIssue(
      StoreTx tx,
      Occasion o,
      Ruleset rules,
      CheckoutRequest request,
      MemberProfile profile,
      Map<String, Totals> basket,
      LedgerBatch batch) {
    PurchaseHistory history = record(tx, o.member(), o.localDate(), basket);
    Conversions.Open open =
        conversions.observe(tx, o, batch, set -> Basket.holdsAny(request.items(), set));
    var lists = partners.of(tx, o.member(), rules.partnerLists(), o.localDate());
    Evaluation e = new Evaluation(history, basket, profile, o.storeId(), o.localDate(), lists);
    List<Coupon> coupons = issuer.issue(tx, o, eligible(rules, e), batch, open);
    conversions.save(tx, open);
    return coupons;
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
