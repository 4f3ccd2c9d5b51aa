package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.SensitiveCategories;
import io.receiptcoupons.product.ProductSet;
import java.util.List;
import java.util.function.BiConsumer;

/** Refuses history and basket conditions on the programme's sensitive categories. */
final class SensitiveTargeting {

  private SensitiveTargeting() {}

  /**
   * Reports each sensitive category one condition targets. A coupon that merely applies to such
   * products targets nobody, so {@code appliesTo} is never checked.
   */
  static void check(
      Condition c, String path, SensitiveCategories sensitive, BiConsumer<String, String> error) {
    if (c.history() != null) {
      check(c.history().products(), path + ".history.products", sensitive, error);
    }
    if (c.basket() != null) {
      check(c.basket().products(), path + ".basket.products", sensitive, error);
    }
  }

  private static void check(
      ProductSet products,
      String path,
      SensitiveCategories sensitive,
      BiConsumer<String, String> error) {
    List<String> categories = products == null ? List.of() : products.categories();
    for (int i = 0; i < categories.size(); i++) {
      String category = categories.get(i);
      String at = path + ".categories[" + i + "]";
      if (category != null) {
        sensitive.covering(category).ifPresent(entry -> error.accept(at, refusal(category, entry)));
      }
    }
  }

  private static String refusal(String category, SensitiveCategories.Entry entry) {
    return "'"
        + category
        + "' is a sensitive category ("
        + entry.prefix()
        + ": "
        + entry.why()
        + "); campaigns may not target it, see "
        + CampaignLoader.SENSITIVE_FILE;
  }
}
