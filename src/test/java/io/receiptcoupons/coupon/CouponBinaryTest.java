package io.receiptcoupons.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.product.ProductSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouponBinaryTest {

  @Test
  void aCouponRecordInEveryStatusComesBackEqual() {
    CouponRecord issued =
        new CouponRecord(
            "CODE",
            "tea-lover",
            "pseudonym",
            "S1-T1-1",
            "S1",
            Instant.parse("2026-11-23T01:15:30Z"),
            LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 11, 24),
            LocalDate.of(2026, 12, 7),
            new Offer(Offer.Type.PERCENT_OFF, 10L),
            new ProductSet(List.of(), List.of(), List.of("4901777000011")),
            "hash-1",
            CouponRecord.Status.ISSUED,
            null);

    for (CouponRecord r : List.of(issued, issued.redeemed("S1-T9-9"), issued.voided())) {
      assertThat(CouponBinary.decode(CouponBinary.encode(r))).isEqualTo(r);
    }
  }

  @Test
  void aRecordWithoutMemberOffersOrProductsComesBackEqual() {
    CouponRecord bare =
        new CouponRecord(
            "C", "k", null, "t", "s", null, null, null, null, null, null, null, null, null);

    assertThat(CouponBinary.decode(CouponBinary.encode(bare))).isEqualTo(bare);
  }
}
