package io.receiptcoupons.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.app.JarCommand;
import io.receiptcoupons.campaign.CampaignFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's validate, test and compile, run as a campaign manager runs them. */
class AuthoringCommandsIT {

  @TempDir Path work;

  @Test
  void testRunsEverySampleScenarioAndPasses() throws Exception {
    JarCommand.Result r = JarCommand.run(work, List.of(), "test", "campaigns");
    assertThat(r.output()).contains("PASS campaigns/tea-lover.test.yaml:").doesNotContain("FAIL");
    assertThat(r.output()).containsPattern("\\d+ scenarios: \\d+ passed, 0 failed");
    assertThat(r.exitCode()).as(r.output()).isZero();
  }

  @Test
  void aFailingScenarioExitsOneShowingExpectedAgainstActual() throws Exception {
    Path dir = CampaignFiles.copyOfSamples(Files.createDirectory(work.resolve("campaigns")));
    Path scenarios = dir.resolve("coffee-women.test.yaml");
    Files.writeString(
        scenarios,
        Files.readString(scenarios)
            .replace("member: { gender: male }", "member: { gender: female }"));
    JarCommand.Result r = JarCommand.run(work, List.of(), "test", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.output())
        .contains(
            "FAIL "
                + scenarios
                + ":14: a man buying coffee for the fifth time gets nothing: expected [] but got"
                + " [coffee-women]",
            "passed, 1 failed");
  }

  @Test
  void aBrokenRuleTemplateIsNamedAtItsLineWithTheCampaignWhoseRuleBroke() throws Exception {
    Path rules = Files.createDirectory(work.resolve("rules"));
    Files.copy(Path.of("rules/header.drl"), rules.resolve("header.drl"));
    String template = Files.readString(Path.of("rules/campaign.drl.template"));
    Files.writeString(rules.resolve("campaign.drl.template"), template.replace("  then", "  thn"));

    JarCommand.Result r =
        JarCommand.run(
            work, List.of("coupons.campaigns.rules-dir=" + rules), "validate", "campaigns");

    assertThat(r.exitCode()).as(r.output()).isEqualTo(1);
    assertThat(r.output())
        .containsPattern(
            rules.resolve("campaign.drl.template") + ":\\d+: in the rule for campaign [a-z-]+: ")
        .doesNotContain("campaigns:1:");
  }

  @Test
  void validateExitsZeroOnTheSamplesAndOneNamingEachBadField() throws Exception {
    JarCommand.Result good = JarCommand.run(work, List.of(), "validate");
    assertThat(good.exitCode()).as(good.output()).isZero();
    assertThat(good.output())
        .contains(
            "campaigns: " + CampaignFiles.sampleCount() + " campaign files, 0 errors, 0 warnings");

    Path dir = CampaignFiles.copyOfSamples(Files.createDirectory(work.resolve("bad")));
    Path tea = dir.resolve("tea-lover.yaml");
    Files.writeString(tea, Files.readString(tea).replace("days: 90", "days: ninety"));
    Path energy = dir.resolve("energy-twenties.yaml");
    Files.writeString(energy, Files.readString(energy).replace("atLeast: 20", "atLeast: 30"));
    JarCommand.Result bad = JarCommand.run(work, List.of(), "validate", dir.toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.output())
        .contains(
            tea + ":15: conditions.history.days: 'ninety' is not a whole number",
            energy
                + ":12: conditions.all[0].member.age: needs atLeast or atMost, with atLeast <="
                + " atMost",
            CampaignFiles.sampleCount() + " campaign files, 2 errors, 0 warnings");
  }

  @Test
  void compilePrintsTheRuleOfOneCampaign() throws Exception {
    JarCommand.Result r = JarCommand.run(work, List.of(), "compile", "coffee-women");
    assertThat(r.exitCode()).isZero();
    assertThat(r.output())
        .contains("rule \"coffee-women\" @campaign(", "HistoryFact(id == ", "member.gender");
  }
}
