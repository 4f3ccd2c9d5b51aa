package io.receiptcoupons.campaign.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.campaign.CampaignCatalog;
import io.receiptcoupons.campaign.CampaignFiles;
import io.receiptcoupons.campaign.CampaignLoader;
import io.receiptcoupons.product.ProductIndex;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.Gender;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCompilerTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);
  @TempDir Path dir;
  private RuleBase rules;
  private FactBuilder facts;
  private ProductIndex products;

  @AfterEach
  void close() {
    if (rules != null) {
      rules.close();
    }
  }

  @Test
  void atMostHoldsForMembersWithNoHistoryAtAll() {
    compile(
        "lapsed",
        "history: { products: { categories: [coffee] }, metric: times, atMost: 1, days: 30 }");
    assertThat(eligible(history(), Map.of())).isTrue();
    assertThat(eligible(history("c:coffee", 1), Map.of())).isTrue();
    assertThat(eligible(history("c:coffee", 2), Map.of())).isFalse();
  }

  @Test
  void notInvertsAPositiveCountAndAnAttribute() {
    compile(
        "not-tea-not-female",
        "all:\n    - not: { history: { products: { categories: [tea] }, metric: times, atLeast: 2, days: 30 } }\n"
            + "    - not: { member: { gender: female } }");
    assertThat(eligible(history(), Map.of())).isTrue();
    assertThat(eligible(history("c:tea", 2), Map.of())).isFalse();
    assertThat(eligibleAs(Gender.FEMALE, history())).isFalse();
  }

  @Test
  void anyMatchesEitherBranchAndBasketLeads() {
    compile(
        "either",
        "any:\n    - basket: { products: { categories: [beer] }, metric: quantity, atLeast: 6 }\n"
            + "    - all:\n        - member: { age: { atLeast: 20, atMost: 29 } }\n"
            + "        - history: { products: { brands: [zoom] }, metric: spend, atLeast: 1000, days: 30 }");
    assertThat(eligible(history(), Map.of("c:beer", new Totals(1, 6, 1200)))).isTrue();
    assertThat(eligible(history(), Map.of("c:beer", new Totals(1, 5, 1000)))).isFalse();
    assertThat(eligible(history("b:zoom", 1, 1000), Map.of())).isFalse();
  }

  @Test
  void aCompositeProductSetCountsATransactionOnceEvenAcrossItsCategories() {
    compile(
        "tea-or-coffee",
        "history: { products: { categories: [tea, coffee] }, metric: times, atLeast: 2, days: 30 }");
    List<String> keys = new java.util.ArrayList<>();
    products.keysOf("sku1", "tea/green", null, keys::add);
    String composite = keys.stream().filter(k -> k.startsWith("s:")).findFirst().orElseThrow();
    products.keysOf("sku2", "coffee/drip", null, k -> assertThat(k).isNotEqualTo("c:tea"));
    assertThat(keys).contains("c:tea", "c:tea/green");
    assertThat(eligible(history(composite, 1), Map.of())).isFalse();
    assertThat(eligible(history(composite, 2), Map.of())).isTrue();
  }

  @Test
  void everyCountTestIsAHashedThresholdId() throws Exception {
    CampaignCatalog catalog =
        new CampaignLoader(CampaignFiles.validator(), 400).load(Path.of("campaigns"));
    String drl =
        compiler()
            .compile(catalog.campaigns(), catalog.lifestyleScores(), catalog.storeGroups())
            .drl();
    assertThat(drl).containsPattern("HistoryFact\\(id == \\d+\\)");
    assertThat(drl).containsPattern("BasketFact\\(id == \\d+\\)");
    assertThat(drl).doesNotContainPattern("times|quantity|spend");
    assertThat(drl).doesNotContain("beverages").doesNotContain("Acme");
  }

  private boolean eligible(PurchaseHistory h, Map<String, Totals> basket) {
    return evaluate(h, basket, MemberProfile.UNKNOWN);
  }

  private boolean eligibleAs(Gender gender, PurchaseHistory h) {
    MemberProfile p =
        new MemberProfile(gender, LocalDate.of(2000, 1, 1), "150", null, Map.of(), false);
    return evaluate(h, Map.of(), p);
  }

  private boolean evaluate(PurchaseHistory h, Map<String, Totals> basket, MemberProfile p) {
    return !rules.evaluate(facts.facts(h, basket, p, "S1", D)).isEmpty();
  }

  private static PurchaseHistory history(Object... keyTimesSpend) {
    PurchaseHistory h = PurchaseHistory.empty();
    for (int i = 0; i < keyTimesSpend.length; i += 2) {
      String key = (String) keyTimesSpend[i];
      int times = (Integer) keyTimesSpend[i + 1];
      long spend =
          i + 2 < keyTimesSpend.length && keyTimesSpend[i + 2] instanceof Integer s ? s : 100;
      for (int t = 0; t < times; t++) {
        h.record((int) D.toEpochDay() - t, Map.of(key, new Totals(1, 1, spend / times)));
      }
      i += i + 2 < keyTimesSpend.length && keyTimesSpend[i + 2] instanceof Integer ? 1 : 0;
    }
    return h;
  }

  private void compile(String id, String conditions) {
    CampaignFiles.write(
        dir,
        id + ".yaml",
        "id: "
            + id
            + "\nname: n\nsponsor: s\nschedule: { from: 2026-01-01T00:00:00Z, until: 2027-01-01T00:00:00Z }\n"
            + "conditions:\n  "
            + conditions
            + "\n"
            + "coupon: { title: t, lines: [l], offer: { type: amount-off, value: 10 }, validity: { days: 7 } }\n");
    CampaignCatalog catalog = new CampaignLoader(CampaignFiles.validator(), 400).load(dir);
    var compiled =
        compiler().compile(catalog.campaigns(), catalog.lifestyleScores(), catalog.storeGroups());
    rules = new DroolsEngine().compile(compiled.drl());
    facts = new FactBuilder(compiled.slots(), catalog.lifestyleScores());
    List<io.receiptcoupons.product.ProductSet> sets = new java.util.ArrayList<>();
    catalog.campaigns().forEach(c -> c.conditions().collectProductSets(sets));
    products = ProductIndex.of(sets);
  }

  private static RuleCompiler compiler() {
    try {
      return new RuleCompiler(
          Files.readString(Path.of("rules/header.drl")),
          Files.readString(Path.of("rules/campaign.drl.template")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
