package io.receiptcoupons.product;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Finds, for one line item, every history key it counts under, composite sets included. */
public final class ProductIndex {

  private final Map<String, List<Composite>> bySku = new HashMap<>();
  private final Map<String, List<Composite>> byCategory = new HashMap<>();
  private final Map<String, List<Composite>> byBrand = new HashMap<>();

  private record Composite(String key, Set<String> categories, Set<String> brands) {
    boolean brandMatches(String brandKey) {
      return brands.isEmpty() || brands.contains(brandKey);
    }
  }

  public static ProductIndex of(Collection<ProductSet> sets) {
    ProductIndex index = new ProductIndex();
    sets.stream().filter(ProductKeys::isComposite).distinct().forEach(index::add);
    return index;
  }

  private void add(ProductSet set) {
    Set<String> categories = new LinkedHashSet<>();
    set.categories().forEach(c -> categories.add("c:" + ProductKeys.normalise(c)));
    Set<String> brands = new LinkedHashSet<>();
    set.brands().forEach(b -> brands.add(ProductKeys.brand(b)));
    Composite c = new Composite(ProductKeys.of(set), categories, brands);
    set.skus().forEach(s -> bySku.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(c));
    Map<String, List<Composite>> anchor = categories.isEmpty() ? byBrand : byCategory;
    (categories.isEmpty() ? brands : categories)
        .forEach(k -> anchor.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(c));
  }

  /** Emits each key the item counts under, once; {@code brand} may be null. */
  public void keysOf(String sku, String category, String brand, Consumer<String> sink) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> levels = ProductKeys.categoryLevels(category);
    keys.addAll(levels);
    String brandKey = brand == null || brand.isBlank() ? null : ProductKeys.brand(brand);
    if (brandKey != null) {
      keys.add(brandKey);
    }
    bySku.getOrDefault(sku, List.of()).forEach(c -> keys.add(c.key()));
    for (String level : levels) {
      for (Composite c : byCategory.getOrDefault(level, List.of())) {
        if (c.brandMatches(brandKey)) {
          keys.add(c.key());
        }
      }
    }
    if (brandKey != null) {
      byBrand.getOrDefault(brandKey, List.of()).forEach(c -> keys.add(c.key()));
    }
    keys.forEach(sink);
  }
}
