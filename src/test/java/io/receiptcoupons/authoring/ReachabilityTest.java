package io.receiptcoupons.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.campaign.CampaignError;
import io.receiptcoupons.campaign.CampaignFiles;
import io.receiptcoupons.campaign.CampaignLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReachabilityTest {

  @TempDir Path dir;
  private final CampaignLoader loader = new CampaignLoader(CampaignFiles.validator(), 400);

  static final String TEA_5 =
      "history: { products: { categories: [beverages/tea] }, metric: times, atLeast: 5, days: 90 }";

  private List<String> warnings(String conditions) {
    CampaignFiles.write(dir, "c.yaml", Authoring.campaign("c", conditions));
    CampaignLoader.Loaded loaded = loader.readAll(dir);
    assertThat(loaded.errors()).isEmpty();
    return Reachability.warnings(loaded.files().get(0)).stream()
        .map(CampaignError::toString)
        .toList();
  }

  @Test
  void theSamplesHaveNoWarnings() {
    CampaignLoader.Loaded loaded = loader.readAll(Path.of("campaigns"));
    assertThat(loaded.files()).isNotEmpty();
    loaded.files().forEach(f -> assertThat(Reachability.warnings(f)).isEmpty());
  }

  @Test
  void contradictoryBoundsOnTheSameHistoryAreAWarningAtTheirAll() {
    List<String> w =
        warnings(
            "  all:\n    - "
                + TEA_5
                + "\n    - history: { products: { categories: [beverages/tea] }, metric: times,"
                + " atMost: 2, days: 90 }\n");
    assertThat(w)
        .containsExactly(
            dir.resolve("c.yaml")
                + ":9: conditions.all: can never hold: times of categories [beverages/tea] in the"
                + " last 90 days must be at least 5 and at most 2");
  }

  @Test
  void boundsOnDifferentWindowsOrProductsDoNotContradict() {
    assertThat(
            warnings(
                "  all:\n    - "
                    + TEA_5
                    + "\n    - history: { products: { categories: [beverages/tea] }, metric: times,"
                    + " atMost: 2, days: 30 }\n    - history: { products: { categories:"
                    + " [beverages/coffee] }, metric: times, atMost: 2, days: 90 }\n"))
        .isEmpty();
  }

  @Test
  void aNotOfALowerBoundIsAnUpperBound() {
    String notThree =
        "not: { history: { products: { categories: [beverages/tea] }, metric: times, atLeast: 3,"
            + " days: 90 } }";
    assertThat(warnings("  all:\n    - " + TEA_5 + "\n    - " + notThree + "\n"))
        .singleElement()
        .asString()
        .contains("conditions.all: can never hold", "at least 5 and not at least 3");
    assertThat(
            warnings(
                "  all:\n    - "
                    + notThree.replace("atLeast: 3", "atLeast: 6")
                    + "\n    - "
                    + TEA_5
                    + "\n"))
        .as("5 times is at least 5 and fewer than 6")
        .isEmpty();
  }

  @Test
  void aNotOfSomethingAlwaysTrueAndAnAllBecauseOfItAreWarnings() {
    String always =
        "not: { basket: { products: { categories: [food] }, metric: spend, atLeast: 0 } }";
    assertThat(warnings("  all:\n    - " + TEA_5 + "\n    - " + always + "\n"))
        .extracting(s -> s.substring(s.indexOf(": ") + 2))
        .containsExactlyInAnyOrder(
            "conditions.all: can never hold, because conditions.all[1] can never hold",
            "conditions.all[1].not: can never hold: the condition under not always holds");
  }

  @Test
  void anAnyIsDeadOnlyWhenEveryAlternativeIs() {
    String female = "member: { gender: female }";
    String male = "member: { gender: male }";
    String dead = "all: [ { " + female + " }, { " + male + " } ]";
    assertThat(warnings("  any:\n    - " + dead + "\n    - " + TEA_5 + "\n"))
        .singleElement()
        .asString()
        .contains("conditions.any[0].all: can never hold: member gender must be female and male");
    assertThat(warnings("  any:\n    - " + dead + "\n    - " + dead + "\n"))
        .anyMatch(s -> s.contains("conditions.any: can never hold: none of its alternatives can"));
  }

  @Test
  void nestedAllsAreOneConjunction() {
    String age = "member: { age: { atLeast: 30 } }";
    String young = "member: { age: { atMost: 20 } }";
    assertThat(
            warnings(
                "  all:\n    - " + age + "\n    - all: [ { " + young + " }, { " + TEA_5 + " } ]\n"))
        .singleElement()
        .asString()
        .contains("member age must be at least 30 and at most 20");
  }
}
