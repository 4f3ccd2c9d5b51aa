package io.receiptcoupons.campaign.model;

import io.receiptcoupons.product.ProductSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** Category prefixes no campaign may target (campaigns/_sensitive-categories.yaml). */
public record SensitiveCategories(
    @NotNull @Size(max = 200) List<@NotNull @Valid Entry> categories) {

  /** What applies when the programme has no file of its own. */
  public static final SensitiveCategories DEFAULT =
      new SensitiveCategories(
          List.of(
              new Entry("pharmacy", "reveals a member's health"),
              new Entry("health/medicine", "reveals a member's health"),
              new Entry("baby/pregnancy", "reveals a pregnancy"),
              new Entry("health/fertility", "reveals fertility treatment or plans"),
              new Entry("religious-goods", "reveals a member's religion"),
              new Entry("adult", "reveals a member's sex life")));

  /** One prefix and why targeting it would expose a sensitive trait. */
  public record Entry(
      @NotNull @Pattern(regexp = ProductSet.CATEGORY) String prefix,
      @NotBlank @Size(max = 200) String why) {}

  /**
   * The entry a targeted category falls under, or contains: a category above a sensitive one
   * ("health" above "health/medicine") targets its shoppers as well.
   */
  public Optional<Entry> covering(String category) {
    return categories.stream()
        .filter(e -> within(category, e.prefix()) || within(e.prefix(), category))
        .findFirst();
  }

  private static boolean within(String category, String prefix) {
    return category.equals(prefix) || category.startsWith(prefix + "/");
  }
}
