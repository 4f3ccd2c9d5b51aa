package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.CouponSpec;
import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.campaign.model.Schedule;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Campaigns built in code for rule tests and benchmarks: given conditions, fixed everything else.
 */
public final class TestCampaigns {

  private static final Schedule ALWAYS =
      new Schedule(
          OffsetDateTime.parse("2020-01-01T00:00:00+09:00"),
          OffsetDateTime.parse("2030-01-01T00:00:00+09:00"),
          null,
          null);
  private static final CouponSpec COUPON =
      new CouponSpec(
          "t",
          List.of("l"),
          new Offer(Offer.Type.AMOUNT_OFF, 10L),
          null,
          new CouponSpec.Validity(7, 0));

  private TestCampaigns() {}

  /** A campaign with these conditions, live 2020-2030, no issuance controls, a plain coupon. */
  public static Campaign withConditions(String id, Condition conditions) {
    return new Campaign(id, id, "s", 1, ALWAYS, conditions, null, COUPON);
  }
}
