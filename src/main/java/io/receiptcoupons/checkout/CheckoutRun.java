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
import io.receiptcoupons.member.CardLinks;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberRepository;
import io.receiptcoupons.product.Basket;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.MemberProfile;
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
  private final Evaluations evaluations;
  private final MemberRepository members;
  private final CouponIssuer issuer;
  private final ProgrammeConfig programme;
  private final Conversions conversions;
  private final Ledger ledger;
  private final CheckoutMetrics metrics;
  private final CardLinks links;

  CheckoutRun(
      HistoryRepository histories,
      Evaluations evaluations,
      MemberRepository members,
      CouponIssuer issuer,
      ProgrammeConfig programme,
      Conversions conversions,
      Ledger ledger,
      CheckoutMetrics metrics,
      CardLinks links) {
    this.links = links;
    this.histories = histories;
    this.evaluations = evaluations;
    this.members = members;
    this.issuer = issuer;
    this.programme = programme;
    this.conversions = conversions;
    this.ledger = ledger;
    this.metrics = metrics;
  }

  CheckoutRecords.Recorded run(
      StoreTx tx, Ruleset rules, CheckoutRequest request, String fingerprint, String member) {
    LocalDate date = request.occurredAt().atZoneSameInstant(programme.timeZone()).toLocalDate();
    Map<String, Totals> basket = Basket.totals(request.items(), rules.products());
    // A replaced card is served as no card: what it held is on the new card now.
    boolean retired = member != null && links.find(tx, member).retired();
    if (retired) {
      tx.onCommit(metrics::retired);
    }
    MemberProfile profile =
        member == null || retired ? MemberProfile.UNKNOWN : members.find(tx, member);
    // An opted-out member is served like a shopper without a card: nothing recorded, nothing
    // targeted, nothing followed up.
    String tracked = member != null && !retired && !profile.optedOut() ? member : null;
    metrics.tracked(tracked);
    Occasion o = occasion(request, tracked, date, rules.version());
    LedgerBatch batch = new LedgerBatch();
    List<Coupon> coupons =
        tracked == null
            ? issuer.issue(
                tx,
                o,
                eligible(rules, Evaluations.anonymous(basket, request.storeId(), date)),
                batch,
                Conversions.Open.nobody())
            : followAndIssue(tx, o, rules, request, profile, basket, batch);
    // The checkout's decisions are one ledger entry: a store write per campaign cost the most.
    ledger.append(tx, batch);
    CheckoutResponse response =
        new CheckoutResponse(
            request.transactionId(),
            rules.version(),
            coupons,
            false,
            retired ? CheckoutResponse.RETIRED : null);
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
    Evaluation e =
        evaluations.ofMember(tx, rules, o.member(), profile, basket, o.storeId(), o.localDate());
    int day = (int) o.localDate().toEpochDay();
    histories.save(tx, o.member(), e.history(), day - programme.retentionDays() + 1);
    Conversions.Open open =
        conversions.observe(tx, o, batch, set -> Basket.holdsAny(request.items(), set));
    List<Coupon> coupons = issuer.issue(tx, o, eligible(rules, e), batch, open);
    conversions.save(tx, open);
    return coupons;
  }

  private List<Campaign> eligible(Ruleset rules, Evaluation e) {
    return metrics.engine(() -> rules.eligible(e));
  }

  private static Occasion occasion(
      CheckoutRequest r, String member, LocalDate date, String version) {
    return new Occasion(
        r.transactionId(), member, r.storeId(), r.occurredAt().toInstant(), date, version);
  }
}
