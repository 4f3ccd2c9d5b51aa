package io.receiptcoupons.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns may not target sensitive categories; coupons may still apply to them. */
class SensitiveCategoriesTest {

  private final CampaignLoader loader = new CampaignLoader(CampaignFiles.validator(), 400);

  @Test
  void aHistoryConditionOnPharmacyIsRefusedWithFileLineFieldAndWhy(@TempDir Path dir)
      throws Exception {
    Path tea = teaLoverTargeting(dir, "pharmacy/cold-remedies");
    assertThat(errors(dir))
        .containsExactly(
            tea
                + ":12: conditions.history.products.categories[0]: 'pharmacy/cold-remedies' is a"
                + " sensitive category (pharmacy: reveals a member's health); campaigns may not"
                + " target it, see _sensitive-categories.yaml");
  }

  @Test
  void aBasketConditionOnACategoryAboveASensitiveOneIsRefused(@TempDir Path dir) throws Exception {
    CampaignFiles.copyOfSamples(dir);
    Path beer = dir.resolve("beer-snacks.yaml");
    String text = Files.readString(beer);
    String category = text.substring(text.indexOf("categories: [") + 13).split("[],]")[0];
    Files.writeString(beer, text.replaceFirst("categories: \\[" + category, "categories: [baby"));
    assertThat(errors(dir))
        .singleElement()
        .asString()
        .contains(".basket.products.categories[0]: 'baby' is a sensitive category")
        .contains("baby/pregnancy: reveals a pregnancy");
  }

  @Test
  void theDefaultsApplyWithoutTheFile(@TempDir Path dir) throws Exception {
    teaLoverTargeting(dir, "adult/toys");
    Files.delete(dir.resolve(CampaignLoader.SENSITIVE_FILE));
    assertThat(errors(dir)).singleElement().asString().contains("'adult/toys' is a sensitive");
  }

  @Test
  void aCouponMayStillApplyToSensitiveProducts(@TempDir Path dir) throws Exception {
    CampaignFiles.copyOfSamples(dir);
    Path tea = dir.resolve("tea-lover.yaml");
    Files.writeString(
        tea,
        Files.readString(tea)
            .replace(
                "appliesTo: { skus: [\"4901234000011\"] }",
                "appliesTo: { categories: [pharmacy] }"));
    assertThat(loader.load(dir).campaigns()).extracting(c -> c.id()).contains("tea-lover");
  }

  @Test
  void theProgrammeFileCanNameMoreCategories(@TempDir Path dir) throws Exception {
    teaLoverTargeting(dir, "toys/novelty");
    Files.writeString(
        dir.resolve(CampaignLoader.SENSITIVE_FILE),
        "categories:\n  - prefix: toys/novelty\n    why: a test says so\n");
    assertThat(errors(dir)).singleElement().asString().contains("a test says so");
  }

  private static Path teaLoverTargeting(Path dir, String category) throws Exception {
    CampaignFiles.copyOfSamples(dir);
    Path tea = dir.resolve("tea-lover.yaml");
    Files.writeString(
        tea,
        Files.readString(tea)
            .replace("categories: [beverages/tea]", "categories: [" + category + "]"));
    return tea;
  }

  private List<String> errors(Path dir) {
    assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(CampaignFileException.class);
    return loader.readAll(dir).errors().stream().map(CampaignError::toString).toList();
  }
}
