package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Issuance;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.coupon.CouponMinter;
import io.receiptcoupons.ledger.Conversions;
import io.receiptcoupons.ledger.Conversions.Exposure;
import io.receiptcoupons.ledger.LedgerBatch;
import io.receiptcoupons.ledger.LedgerEvent.Kind;
import io.receiptcoupons.ledger.Occasion;
import io.receiptcoupons.member.CardLinks;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which eligible campaigns print, in print order, and records every decision in the ledger:
 * caps, then the draw, then the holdout, then room on the receipt, then the budget.
 */
@ApplicationScoped
public class CouponIssuer {

  private static final Comparator<Campaign> PRINT_ORDER =
      Comparator.comparingInt(Campaign::priority).reversed().thenComparing(Campaign::id);
  private final Draws draws;
  private final MemberCaps caps;
  private final Budgets budgets;
  private final CouponMinter minter;
  private final ProgrammeConfig programme;
  private final CouponErasure erasure;
  private final CardLinks links;

  CouponIssuer(
      Draws draws,
      MemberCaps caps,
      Budgets budgets,
      CouponMinter minter,
      ProgrammeConfig programme,
      CouponErasure erasure,
      CardLinks links) {
    this.links = links;
    this.erasure = erasure;
    this.draws = draws;
    this.caps = caps;
    this.budgets = budgets;
    this.minter = minter;
    this.programme = programme;
  }

  /**
   * The coupons to print for campaigns whose rules matched; only live campaigns count. Every
   * decision goes into {@code batch}, and every exposure to follow up into {@code open}.
   */
  public List<Coupon> issue(
      StoreTx tx, Occasion o, List<Campaign> eligible, LedgerBatch batch, Conversions.Open open) {
    Decisions d = new Decisions(o, new Receipt(programme.receiptLimit()), batch, open);
    eligible.stream()
        .filter(c -> c.schedule().isLiveAt(o.at(), programme.timeZone()))
        .sorted(PRINT_ORDER)
        .forEach(c -> decide(tx, d, c));
    return d.receipt().coupons();
  }

  /** One checkout's decisions so far, and where they are recorded. */
  private record Decisions(Occasion o, Receipt receipt, LedgerBatch batch, Conversions.Open open) {}

  private void decide(StoreTx tx, Decisions d, Campaign c) {
    Occasion o = d.o();
    Outcome outcome = outcome(tx, o, c, d.receipt());
    int day = (int) o.localDate().toEpochDay();
    if (outcome == Outcome.ISSUED) {
      Coupon coupon = minter.mint(tx, o, c);
      d.receipt().add(c, coupon);
      caps.record(tx, c.id(), c.issuance().perMember(), o.member(), day);
      erasure.issued(tx, o.member(), coupon.code());
      d.open().add(exposure(c, Conversions.ISSUED, coupon.validFrom()));
      d.batch().add(o.event(Kind.ISSUED, c.id(), coupon.code(), null, o.localDate()));
    } else if (outcome == Outcome.HELD_OUT) {
      caps.record(tx, c.id(), c.issuance().perMember(), o.member(), day);
      LocalDate from = o.localDate().plusDays(c.coupon().validity().startsAfterDays());
      d.open().add(exposure(c, Conversions.HELD_OUT, from));
      d.batch().add(o.event(Kind.HELD_OUT, c.id(), null, null, o.localDate()));
    } else {
      d.batch().add(o.event(Kind.SKIPPED, c.id(), null, outcome.detail, o.localDate()));
    }
  }

  private Outcome outcome(StoreTx tx, Occasion o, Campaign c, Receipt receipt) {
    Issuance rules = c.issuance();
    int day = (int) o.localDate().toEpochDay();
    if (!caps.allows(tx, c.id(), rules.perMember(), o.member(), day)) {
      return Outcome.CAPPED;
    }
    if (!draws.drawn(c.id(), o.transactionId(), rules.probability())) {
      return Outcome.NOT_DRAWN;
    }
    // A shopper without a card cannot be held out: there is nobody to follow up. A replacement card
    // is drawn as the card it replaced, so it stays in the same group.
    if (o.member() != null
        && rules.holdout() > 0
        && draws.heldOut(c.id(), links.holdoutIdentity(tx, o.member()), rules.holdout())) {
      return Outcome.HELD_OUT;
    }
    if (!receipt.hasRoomFor(c)) {
      return Outcome.CROWDED_OUT;
    }
    if (!budgets.tryReserve(tx, c.id(), rules.budget(), o.localDate())) {
      return Outcome.BUDGET_EXHAUSTED;
    }
    return Outcome.ISSUED;
  }

  // The holdout is watched over the dates the coupon would have been valid.
  private static Exposure exposure(Campaign c, String group, LocalDate from) {
    LocalDate until = from.plusDays(c.coupon().validity().days() - 1L);
    return new Exposure(c.id(), group, from, until, c.coupon().appliesTo());
  }
}
