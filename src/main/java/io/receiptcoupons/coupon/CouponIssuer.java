package io.receiptcoupons.coupon;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.CouponSpec;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Chooses which eligible campaigns print and turns them into coupons, in print order. */
@ApplicationScoped
public class CouponIssuer {

  static final String SYMBOLOGY = "CODE128";
  private static final Comparator<Campaign> PRINT_ORDER =
      Comparator.comparingInt(Campaign::priority).reversed().thenComparing(Campaign::id);

  private final CouponCodes codes;
  private final ProgrammeConfig programme;

  CouponIssuer(CouponCodes codes, ProgrammeConfig programme) {
    this.codes = codes;
    this.programme = programme;
  }

  /** Live campaigns only, highest priority first, at most the receipt limit. */
  public List<Coupon> issue(
      List<Campaign> eligible, String transactionId, Instant at, LocalDate date) {
    return eligible.stream()
        .filter(c -> c.isActiveAt(at))
        .sorted(PRINT_ORDER)
        .limit(programme.receiptLimit())
        .map(c -> coupon(c, transactionId, date))
        .toList();
  }

  private Coupon coupon(Campaign c, String transactionId, LocalDate date) {
    CouponSpec spec = c.coupon();
    LocalDate from = date.plusDays(spec.validity().startsAfterDays());
    String code = codes.code(c.id(), transactionId);
    return new Coupon(
        c.id(),
        code,
        spec.title(),
        spec.lines(),
        spec.offer(),
        spec.appliesTo(),
        from,
        from.plusDays(spec.validity().days() - 1L),
        new Coupon.Barcode(SYMBOLOGY, code));
  }
}
