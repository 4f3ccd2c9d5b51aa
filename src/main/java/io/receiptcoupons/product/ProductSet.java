package io.receiptcoupons.product;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.system.Bytes;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Products by category prefix, brand or SKU. An item belongs when its SKU is listed, or when it
 * matches a listed category prefix (if any) and a listed brand (if any).
 */
public record ProductSet(
    @Size(max = 50) List<@NotNull @Pattern(regexp = ProductSet.CATEGORY) String> categories,
    @Size(max = 50) List<@NotNull @Pattern(regexp = ProductSet.BRAND) String> brands,
    @Size(max = 500) List<@NotNull @Pattern(regexp = ProductSet.SKU) String> skus) {

  public static final String CATEGORY =
      "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}(/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}){0,7}";
  public static final String BRAND = "[A-Za-z0-9][A-Za-z0-9 _.&'-]{0,63}";
  public static final String SKU = "[A-Za-z0-9_.-]{1,64}";

  public ProductSet {
    categories = categories == null ? List.of() : List.copyOf(categories);
    brands = brands == null ? List.of() : List.copyOf(brands);
    skus = skus == null ? List.of() : List.copyOf(skus);
  }

  @JsonIgnore
  @AssertTrue(message = "needs at least one category, brand or sku")
  public boolean isNonEmpty() {
    return !(categories.isEmpty() && brands.isEmpty() && skus.isEmpty());
  }

  /** Writes {@code products}, which may be null, in the binary form of coupon records. */
  public static void write(Bytes out, ProductSet products) {
    out.write(products == null ? 0 : 1);
    if (products != null) {
      out.strings(products.categories());
      out.strings(products.brands());
      out.strings(products.skus());
    }
  }

  /** Reads what {@link #write} wrote: a product set, or null. */
  public static ProductSet read(Bytes.Reader in) {
    return in.read() == 0 ? null : new ProductSet(in.strings(), in.strings(), in.strings());
  }
}
