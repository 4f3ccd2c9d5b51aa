package io.receiptcoupons.product;

import java.util.List;

/** Whether a line item belongs to a product set. */
public final class ProductSets {
  private ProductSets() {}

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
