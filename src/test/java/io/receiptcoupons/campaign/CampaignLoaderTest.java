package io.receiptcoupons.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignLoaderTest {

  private final CampaignLoader loader = new CampaignLoader(CampaignFiles.validator(), 400);

  @Test
  void theSampleCampaignsAlwaysLoad() {
    CampaignCatalog catalog = loader.load(Path.of("campaigns"));
    assertThat(catalog.campaigns())
        .extracting(c -> c.id())
        .contains(
            "tea-lover",
            "coffee-women",
            "beer-snacks",
            "fish-lover-points",
            "energy-twenties",
            "shibuya-neighbours",
            "station-breakfast");
    assertThat(catalog.lifestyleScores().indexOf("fish-lover")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void anUnknownFieldNamesFileLineAndPath(@TempDir Path dir) throws Exception {
    CampaignFiles.copyOfSamples(dir);
    Path tea = dir.resolve("tea-lover.yaml");
    Files.writeString(
        tea, Files.readString(tea).replace("    days: 90", "    days: 90\n    dayz: 3"));
    assertThatThrownBy(() -> loader.load(dir))
        .isInstanceOf(CampaignFileException.class)
        .satisfies(
            e -> {
              CampaignError error = ((CampaignFileException) e).errors().get(0);
              assertThat(error.file()).endsWith("tea-lover.yaml");
              assertThat(error.line()).isEqualTo(16);
              assertThat(error.path()).isEqualTo("conditions.history.dayz");
              assertThat(error.message()).contains("unknown field 'dayz'");
            });
  }

  @Test
  void aBadValueAndAWindowOverRetentionAreBothReported(@TempDir Path dir) throws Exception {
    CampaignFiles.copyOfSamples(dir);
    Path tea = dir.resolve("tea-lover.yaml");
    Files.writeString(
        tea,
        Files.readString(tea)
            .replace("atLeast: 5", "atLeast: -1")
            .replace("days: 90", "days: 500"));
    CampaignFileException e = catchLoad(dir);
    assertThat(e.errors())
        .extracting(CampaignError::toString)
        .contains(
            tea + ":14: conditions.history.atLeast: must be greater than or equal to 0",
            tea + ":15: conditions.history.days: must be at most the retention of 400 days");
  }

  @Test
  void oneCampaignNeverCombinesTwoPartnersData(@TempDir Path dir) throws Exception {
    Path mixed =
        CampaignFiles.write(
            dir,
            "mixed.yaml",
            Files.readString(Path.of("src/test/resources/partner-campaigns/beta-win-back.yaml"))
                .replace("id: beta-win-back", "id: mixed")
                .replace(
                    "  partner: { partner: beta, job: win-back }",
                    "  any:\n"
                        + "    - partner: { partner: beta, job: win-back }\n"
                        + "    - partner: { partner: acme, job: spring-2027 }"));

    assertThat(catchLoad(dir).errors())
        .extracting(CampaignError::toString)
        .containsExactly(
            mixed
                + ":11: conditions.any[1].partner.partner: uses partner 'acme' but this campaign"
                + " already uses partner 'beta'; a campaign may use one partner's data only");
  }

  @Test
  void aBadEnumNamesTheAcceptedValues(@TempDir Path dir) throws Exception {
    CampaignFiles.copyOfSamples(dir);
    Path tea = dir.resolve("tea-lover.yaml");
    Files.writeString(tea, Files.readString(tea).replace("metric: times", "metric: tims"));
    CampaignError error = catchLoad(dir).errors().get(0);
    assertThat(error.line()).isEqualTo(13);
    assertThat(error.path()).isEqualTo("conditions.history.metric");
    assertThat(error.message()).isEqualTo("'tims' is not one of [times, quantity, spend]");
  }

  @Test
  void aConditionNodeWithTwoPredicatesIsRejected(@TempDir Path dir) {
    CampaignFiles.copyOfSamples(dir);
    CampaignFiles.write(
        dir,
        "tea-lover.yaml",
        TEA_HEAD
            + "conditions:\n  member: { gender: female }\n  store: { ids: [S1] }\n"
            + TEA_COUPON);
    CampaignError error = catchLoad(dir).errors().get(0);
    assertThat(error.path()).isEqualTo("conditions");
    assertThat(error.line()).isEqualTo(8);
    assertThat(error.message()).startsWith("must have exactly one of");
  }

  @Test
  void anUnknownLifestyleScoreAndAnIdNotMatchingTheFileAreErrors(@TempDir Path dir) {
    CampaignFiles.write(
        dir,
        "wrong-name.yaml",
        TEA_HEAD + "conditions:\n  lifestyle: { score: cat-lover, atLeast: 50 }\n" + TEA_COUPON);
    assertThat(catchLoad(dir).errors())
        .extracting(CampaignError::message)
        .containsExactlyInAnyOrder(
            "must equal the file name 'wrong-name'",
            "unknown score 'cat-lover'; define it in _lifestyle-scores.yaml");
  }

  @Test
  void aLifestyleScoreTouchingASensitiveTraitIsRejected(@TempDir Path dir) {
    CampaignFiles.write(
        dir,
        "_lifestyle-scores.yaml",
        "scores:\n  - name: fish-lover\n    description: fish\n  - name: diabetic-shopper\n    description: sugar-free buyers\n");
    CampaignError error = catchLoad(dir).errors().get(0);
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.message()).contains("sensitive trait ('diabet')");
  }

  @Test
  void aYamlSyntaxErrorHasItsLine(@TempDir Path dir) {
    CampaignFiles.write(dir, "broken.yaml", "id: broken\nname: [unclosed\nsponsor: x\n");
    CampaignError error = catchLoad(dir).errors().get(0);
    assertThat(error.file()).endsWith("broken.yaml");
    assertThat(error.line()).isGreaterThanOrEqualTo(2);
  }

  private CampaignFileException catchLoad(Path dir) {
    try {
      loader.load(dir);
    } catch (CampaignFileException e) {
      return e;
    }
    throw new AssertionError("expected the campaigns in " + dir + " to be rejected");
  }

  static final String TEA_HEAD =
      """
      id: tea-lover
      name: Tea
      sponsor: Acme
      priority: 1
      schedule:
        from: 2026-01-01T00:00:00+09:00
        until: 2027-01-01T00:00:00+09:00
      """;

  static final String TEA_COUPON =
      """
      coupon:
        title: Tea
        lines: [Tea]
        offer: { type: percent-off, value: 20 }
        validity: { days: 14 }
      """;

  @Test
  void issuanceAndScheduleMistakesAndUnknownStoreGroupsAreReportedWithTheirLines(@TempDir Path dir)
      throws Exception {
    CampaignFiles.copyOfSamples(dir);
    Path tea = dir.resolve("tea-lover.yaml");
    Files.writeString(
        tea,
        Files.readString(tea)
            .replace(
                "  until: 2028-01-01T00:00:00+09:00",
                "  until: 2028-01-01T00:00:00+09:00\n  hours: { from: 11, until: 7 }")
            .replace(
                "conditions:\n  history:",
                "conditions:\n  all:\n    - store: { groups: [nowhere] }\n    - history:")
            .replace(
                "  perMember: { minDaysBetween: 30 }",
                "  probability: 1.5\n  budget: { total: 10, perDay: 20 }")
            .replace(
                "    products: { categories: [beverages/tea] }",
                "        products: { categories: [beverages/tea] }")
            .replace(
                "    metric: times\n    atLeast: 5\n    days: 90",
                "        metric: times\n        atLeast: 5\n        days: 90"));
    CampaignFileException e = catchLoad(dir);
    assertThat(e.errors())
        .extracting(CampaignError::toString)
        .contains(
            dir.resolve("tea-lover.yaml") + ":10: schedule.hours: until must be after from",
            dir.resolve("tea-lover.yaml") + ":20: issuance.probability: must be between 0 and 1",
            dir.resolve("tea-lover.yaml") + ":21: issuance.budget: perDay must not exceed total",
            dir.resolve("tea-lover.yaml")
                + ":13: conditions.all[0].store.groups[0]: unknown store group 'nowhere';"
                + " define it in _store-groups.yaml");
  }
}
