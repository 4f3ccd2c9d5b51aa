package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.coupon.Coupon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The coupons one receipt carries so far: at most the limit, one per exclusivity group. */
final class Receipt {

  private final int limit;
  private final Set<String> groups = new HashSet<>();
  private final List<Coupon> coupons = new ArrayList<>();

  Receipt(int limit) {
    this.limit = limit;
  }

  boolean hasRoomFor(Campaign c) {
    String group = c.issuance().exclusivityGroup();
    return coupons.size() < limit && (group == null || !groups.contains(group));
  }

  void add(Campaign c, Coupon coupon) {
    if (c.issuance().exclusivityGroup() != null) {
      groups.add(c.issuance().exclusivityGroup());
    }
    coupons.add(coupon);
  }

  List<Coupon> coupons() {
    return List.copyOf(coupons);
  }
}
