package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Issuance;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.coupon.CouponMinter;
import io.receiptcoupons.ledger.Conversions;
import io.receiptcoupons.ledger.Conversions.Exposure;
import io.receiptcoupons.ledger.Ledger;
import io.receiptcoupons.ledger.LedgerEvent.Kind;
import io.receiptcoupons.ledger.Occasion;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.StoreTx;
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
  private final Ledger ledger;
  private final Conversions conversions;
  private final ProgrammeConfig programme;

  CouponIssuer(
      Draws draws,
      MemberCaps caps,
      Budgets budgets,
      CouponMinter minter,
      Ledger ledger,
      Conversions conversions,
      ProgrammeConfig programme) {
    this.draws = draws;
    this.caps = caps;
    this.budgets = budgets;
    this.minter = minter;
    this.ledger = ledger;
    this.conversions = conversions;
    this.programme = programme;
  }

  /** The coupons to print for campaigns whose rules matched; only live campaigns count. */
  public List<Coupon> issue(StoreTx tx, Occasion o, List<Campaign> eligible) {
    Receipt receipt = new Receipt(programme.receiptLimit());
    eligible.stream()
        .filter(c -> c.schedule().isLiveAt(o.at(), programme.timeZone()))
        .sorted(PRINT_ORDER)
        .forEach(c -> decide(tx, o, c, receipt));
    return receipt.coupons();
  }

  private void decide(StoreTx tx, Occasion o, Campaign c, Receipt receipt) {
    Outcome outcome = outcome(tx, o, c, receipt);
    int day = (int) o.localDate().toEpochDay();
    if (outcome == Outcome.ISSUED) {
      Coupon coupon = minter.mint(tx, o, c);
      receipt.add(c, coupon);
      caps.record(tx, c.id(), c.issuance().perMember(), o.member(), day);
      expose(tx, o, c, Conversions.ISSUED, coupon.validFrom(), coupon.validUntil());
      ledger.append(tx, o.event(Kind.ISSUED, c.id(), coupon.code(), null, o.localDate()));
    } else if (outcome == Outcome.HELD_OUT) {
      caps.record(tx, c.id(), c.issuance().perMember(), o.member(), day);
      LocalDate from = o.localDate().plusDays(c.coupon().validity().startsAfterDays());
      expose(
          tx, o, c, Conversions.HELD_OUT, from, from.plusDays(c.coupon().validity().days() - 1L));
      ledger.append(tx, o.event(Kind.HELD_OUT, c.id(), null, null, o.localDate()));
    } else {
      ledger.append(tx, o.event(Kind.SKIPPED, c.id(), null, outcome.detail, o.localDate()));
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
    // A shopper without a card cannot be held out: there is nobody to follow up.
    if (o.member() != null && draws.heldOut(c.id(), o.member(), rules.holdout())) {
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

  private void expose(
      StoreTx tx, Occasion o, Campaign c, String group, LocalDate from, LocalDate until) {
    if (o.member() != null) {
      conversions.expose(
          tx, o.member(), new Exposure(c.id(), group, from, until, c.coupon().appliesTo()));
    }
  }
}
