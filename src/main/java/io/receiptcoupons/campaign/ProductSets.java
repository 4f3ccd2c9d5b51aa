package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.ProductSet;
import java.util.List;

/** Collects the product sets a condition tree refers to. */
public final class ProductSets {
  private ProductSets() {}

  public static void collect(Condition c, List<ProductSet> into) {
    if (c.all() != null) {
      c.all().forEach(child -> collect(child, into));
    }
    if (c.any() != null) {
      c.any().forEach(child -> collect(child, into));
    }
    if (c.not() != null) {
      collect(c.not(), into);
    }
    if (c.history() != null) {
      into.add(c.history().products());
    }
    if (c.basket() != null) {
      into.add(c.basket().products());
    }
  }
}
