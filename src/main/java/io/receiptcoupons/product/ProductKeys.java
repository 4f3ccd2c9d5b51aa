package io.receiptcoupons.product;

import io.receiptcoupons.system.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * History keys: every category level ("c:"), the brand ("b:"), and composite product sets ("s:").
 */
public final class ProductKeys {
  private ProductKeys() {}

  public static String normalise(String code) {
    return code.trim().toLowerCase(Locale.ROOT);
  }

  /** Keys for every level of a category path: c:a, c:a/b, c:a/b/c. */
  public static List<String> categoryLevels(String category) {
    String path = normalise(category);
    List<String> keys = new ArrayList<>(4);
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      keys.add("c:" + path.substring(0, i));
    }
    keys.add("c:" + path);
    return keys;
  }

  public static String brand(String brand) {
    return "b:" + normalise(brand);
  }

  /** The one key under which a product set's history is counted. */
  public static String of(ProductSet set) {
    if (set.skus().isEmpty() && set.brands().isEmpty() && set.categories().size() == 1) {
      return "c:" + normalise(set.categories().get(0));
    }
    if (set.skus().isEmpty() && set.categories().isEmpty() && set.brands().size() == 1) {
      return brand(set.brands().get(0));
    }
    return "s:" + Sha256.hex(canonical(set), 16);
  }

  /** The twin of a history key that sums measured amounts in {@code unit}'s base (ml or g). */
  public static String measured(String key, Unit unit) {
    return key + "@" + unit.base();
  }

  /** True when a product set needs a key of its own, beyond category levels and brands. */
  public static boolean isComposite(ProductSet set) {
    return of(set).startsWith("s:");
  }

  static String canonical(ProductSet set) {
    return "c="
        + sortedNormalised(set.categories())
        + ";b="
        + sortedNormalised(set.brands())
        + ";s="
        + new TreeSet<>(set.skus());
  }

  private static TreeSet<String> sortedNormalised(List<String> values) {
    TreeSet<String> out = new TreeSet<>();
    values.forEach(v -> out.add(normalise(v)));
    return out;
  }
}
