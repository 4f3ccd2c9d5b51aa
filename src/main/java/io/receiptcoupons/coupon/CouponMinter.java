package io.receiptcoupons.coupon;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.CouponSpec;
import io.receiptcoupons.ledger.Occasion;
import io.receiptcoupons.system.Hmac;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.Sha256;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Makes a campaign's coupon for one checkout: validity, a unique signed code, its record. */
@ApplicationScoped
public class CouponMinter {

  /**
   * QR: the 29-character code is about 374 modules in Code 128 (748 dots at 2 dots a module, beyond
   * 576 on 80 mm paper), but a 25-module QR code (version 2-M, alphanumeric) with its quiet zone is
   * 33 modules: 132 dots at 4 a module. See docs/campaign-authoring.md#barcodes.
   */
  static final String SYMBOLOGY = "QR";

  private final CouponCodes codes;
  private final CouponRegistry registry;
  private final Hmac serials;

  CouponMinter(CouponCodes codes, CouponRegistry registry, ProgrammeConfig programme) {
    this.codes = codes;
    this.registry = registry;
    this.serials = new Hmac(programme.secret());
  }

  public Coupon mint(StoreTx tx, Occasion o, Campaign c) {
    CouponSpec spec = c.coupon();
    LocalDate from = o.localDate().plusDays(spec.validity().startsAfterDays());
    LocalDate until = from.plusDays(spec.validity().days() - 1L);
    String code = uniqueCode(tx, o, c, from, until);
    registry.save(tx, record(o, c, code, from, until));
    return new Coupon(
        c.id(),
        code,
        spec.title(),
        spec.lines(),
        spec.offer(),
        spec.appliesTo(),
        from,
        until,
        new Coupon.Barcode(SYMBOLOGY, code));
  }

  /** The campaign's 32-bit tag inside its codes, so an offline till can tell which offer it is. */
  public static int tag(String campaignId) {
    return (int) Long.parseLong(Sha256.hex("campaign:" + campaignId, 8), 16);
  }

  // Serials are keyed draws; on the rare clash with an earlier code, draw again.
  private String uniqueCode(StoreTx tx, Occasion o, Campaign c, LocalDate from, LocalDate until) {
    for (int attempt = 0; ; attempt++) {
      String message = c.id() + ":" + o.transactionId() + ":" + attempt;
      int serial = ByteBuffer.wrap(serials.sign(message.getBytes(StandardCharsets.UTF_8))).getInt();
      String code =
          codes.encode(new CodeFields(codes.signingKey(), tag(c.id()), from, until, serial));
      if (!registry.exists(tx, code)) {
        return code;
      }
    }
  }

  private static CouponRecord record(
      Occasion o, Campaign c, String code, LocalDate from, LocalDate until) {
    return new CouponRecord(
        code,
        c.id(),
        o.member(),
        o.transactionId(),
        o.storeId(),
        o.at(),
        o.localDate(),
        from,
        until,
        c.coupon().offer(),
        c.coupon().appliesTo(),
        o.rulesetVersion(),
        CouponRecord.Status.ISSUED,
        null);
  }
}
