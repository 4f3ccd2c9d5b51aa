package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.model.BasketCondition;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.CouponSpec;
import io.receiptcoupons.campaign.model.HistoryCondition;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.campaign.model.Schedule;
import java.time.OffsetDateTime;
import java.util.List;

/** Builders for the benchmark programmes' campaigns, as the YAML loader would produce them. */
final class Conditions {

  private Conditions() {}

  static Condition history(String category, Metric m, Long atLeast, Long atMost, int days) {
    var h = new HistoryCondition(set(category), m, atLeast, atMost, days);
    return new Condition(null, null, null, h, null, null, null, null);
  }

  static Condition basket(String category, Metric m, long atLeast) {
    var b = new BasketCondition(set(category), m, atLeast, null);
    return new Condition(null, null, null, null, b, null, null, null);
  }

  static Condition member(MemberCondition m) {
    return new Condition(null, null, null, null, null, m, null, null);
  }

  static Condition all(Condition... c) {
    return new Condition(List.of(c), null, null, null, null, null, null, null);
  }

  static Condition any(Condition... c) {
    return new Condition(null, List.of(c), null, null, null, null, null, null);
  }

  static Condition not(Condition c) {
    return new Condition(null, null, c, null, null, null, null, null);
  }

  static ProductSet set(String category) {
    return new ProductSet(List.of(category), null, null);
  }


}
