package io.receiptcoupons.campaign.model;

import io.receiptcoupons.product.ProductKeys;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.product.Unit;

/** How a quantity condition in a unit ("20 l of fuel") reads the measured history. */
final class Measures {
  private Measures() {}

  static String key(ProductSet products, Unit unit) {
    String key = ProductKeys.of(products);
    return unit == null ? key : ProductKeys.measured(key, unit);
  }

  static Long scale(Long bound, Unit unit) {
    if (bound == null || unit == null) {
      return bound;
    }
    return Math.multiplyExact(bound, unit.perUnit());
  }
}
