package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.ProductSet;
import java.util.List;

/** Product set helpers: which sets a condition tree uses, and whether an item belongs to one. */
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

  /**
   * True when the item belongs: its SKU is listed, or it matches a listed category prefix (if any)
   * and a listed brand (if any). A null set holds every item.
   */
  public static boolean contains(ProductSet set, String sku, String category, String brand) {
    if (set == null || set.skus().contains(sku)) {
      return true;
    }
    if (set.categories().isEmpty() && set.brands().isEmpty()) {
      return false;
    }
    List<String> levels = ProductKeys.categoryLevels(category);
    boolean inCategory =
        set.categories().isEmpty()
            || set.categories().stream()
                .anyMatch(c -> levels.contains("c:" + ProductKeys.normalise(c)));
    boolean ofBrand =
        set.brands().isEmpty()
            || brand != null
                && set.brands().stream()
                    .anyMatch(b -> ProductKeys.normalise(b).equals(ProductKeys.normalise(brand)));
    return inCategory && ofBrand;
  }
}
