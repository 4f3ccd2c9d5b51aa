package io.receiptcoupons.explain;

import io.receiptcoupons.product.ProductSet;
import java.util.ArrayList;
import java.util.List;

/** How explanations name product sets and ranges, e.g. "beverages/tea" and ">= 5". */
final class Labels {
  private Labels() {}

  static String products(ProductSet set) {
    List<String> parts = new ArrayList<>();
    if (!set.categories().isEmpty()) {
      parts.add(String.join(" or ", set.categories()));
    }
    if (!set.brands().isEmpty()) {
      parts.add("brand " + String.join(" or ", set.brands()));
    }
    String label = String.join(" of ", parts);
    if (!set.skus().isEmpty()) {
      String skus = "sku " + String.join(" or ", set.skus());
      label = label.isEmpty() ? skus : label + ", or " + skus;
    }
    return label;
  }

  static String range(Number atLeast, Number atMost) {
    if (atMost == null) {
      return ">= " + atLeast;
    }
    if (atLeast == null) {
      return "<= " + atMost;
    }
    return atLeast + ".." + atMost;
  }

  /** An attribute the member never declared shows as unknown, and fails every range. */
  static String known(int value) {
    return value < 0 ? "unknown" : Integer.toString(value);
  }
}
