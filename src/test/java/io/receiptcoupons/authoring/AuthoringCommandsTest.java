package io.receiptcoupons.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.campaign.CampaignFiles;
import io.receiptcoupons.campaign.CampaignLoader;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.cli.Commands;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * validate, test and compile in the service, on the shipped samples and on broken copies of them.
 */
@QuarkusTest
class AuthoringCommandsTest {

  private static final String validate = "validate";
  private static final String test = "test";
  private static final String compile = "compile";
  @Inject Commands commands;
  @Inject Rulesets rulesets;
  // A field @TempDir is not injected into a @QuarkusTest instance; make one per test instead.
  private Path dir;

  /** What a command printed, and its exit status. */
  record Ran(int status, String output) {}

  Ran run(String command, String... args) {
    StringWriter printed = new StringWriter();
    String[] line = new String[args.length + 1];
    line[0] = command;
    System.arraycopy(args, 0, line, 1, args.length);
    int status = commands.execute(new PrintWriter(printed, true), line);
    return new Ran(status, printed.toString());
  }

  @BeforeEach
  void freshDirectory() throws Exception {
    dir = Files.createTempDirectory("authoring-test-");
  }

  @AfterEach
  void samplesLiveAgain() {
    // test installs the directory it runs; the other tests of this service expect the samples.
    rulesets.install(Path.of("campaigns"));
  }

  @Test
  void theSamplesValidateWithNoErrorAndNoWarning() throws Exception {
    Ran r = run(validate, "campaigns");
    assertThat(r.status()).isZero();
    assertThat(r.output()).isEqualTo("campaigns: 11 campaign files, 0 errors, 0 warnings\n");
  }

  @Test
  void validateReportsEveryErrorInEveryFileAndExitsOne() throws Exception {
    CampaignFiles.copyOfSamples(dir);
    edit("tea-lover.yaml", "days: 90", "days: 500");
    edit("station-breakfast.yaml", "groups: [station-kiosks]", "groups: [station-kiosk]");
    edit("beer-snacks.yaml", "id: beer-snacks", "id: coffee-women");
    edit("fish-lover-points.yaml", "metric: spend", "metric: spent");
    edit("energy-twenties.yaml", "member: { age:", "member: { gender: woman, age:");
    Ran r = run(validate, dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.output())
        .contains(
            dir.resolve("tea-lover.yaml")
                + ":15: conditions.history.days: must be at most the retention of 400 days\n",
            dir.resolve("station-breakfast.yaml")
                + ":15: conditions.all[0].store.groups[0]: unknown store group 'station-kiosk';"
                + " define it in _store-groups.yaml\n",
            dir.resolve("beer-snacks.yaml") + ":3: id: must equal the file name 'beer-snacks'\n",
            dir.resolve("coffee-women.yaml")
                + ":3: id: duplicate id 'coffee-women', also declared in "
                + dir.resolve("beer-snacks.yaml"),
            dir.resolve("fish-lover-points.yaml")
                + ":15: conditions.all[1].basket.metric: 'spent' is not one of",
            dir.resolve("energy-twenties.yaml")
                + ":12: conditions.all[0].member.gender: must be one of [unknown, female, male,"
                + " other]\n",
            dir + ": 11 campaign files, 6 errors, 0 warnings\n");
  }

  @Test
  void anUnreachableConditionIsAWarningAndStillExitsZero() throws Exception {
    CampaignFiles.copyOfSamples(dir);
    CampaignFiles.write(
        dir,
        "tea-never.yaml",
        Authoring.campaign(
            "tea-never",
            "  all:\n    - "
                + ReachabilityTest.TEA_5
                + "\n    - history: { products: { categories: [beverages/tea] }, metric: times,"
                + " atMost: 2, days: 90 }\n"));
    Ran r = run(validate, dir.toString());
    assertThat(r.status()).isZero();
    assertThat(r.output())
        .contains(
            "warning: " + dir.resolve("tea-never.yaml") + ":9: conditions.all: can never hold:",
            "12 campaign files, 0 errors, 1 warning\n");
  }

  @Test
  void conditionsTooLargeToCompileAreAnErrorOfTheirFile() throws Exception {
    String nine = "    - any:\n" + "      - member: { areas: [\"1\"] }\n".repeat(9);
    CampaignFiles.write(dir, "huge.yaml", Authoring.campaign("huge", "  all:\n" + nine + nine));
    Ran r = run(validate, dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.output())
        .contains(dir.resolve("huge.yaml") + ":8: conditions: the conditions expand to more than");
  }

  @Test
  void badUsageIsAUsageErrorNotAFailure() throws Exception {
    Ran twoDirs = run(validate, "a", "b");
    assertThat(twoDirs.status()).isEqualTo(Commands.BAD_USAGE);
    assertThat(twoDirs.output())
        .startsWith(
            "Unmatched argument at index 2: 'b'\nusage: coupons validate [-h] [--verbose] [DIR]\n")
        .doesNotContain("error:");
    Ran unknownOption = run(test, "--frobnicate");
    assertThat(unknownOption.status()).isEqualTo(Commands.BAD_USAGE);
    assertThat(unknownOption.output()).contains("usage: coupons test ");
    Ran noDir = run(validate, "no-such-dir");
    assertThat(noDir.status()).isEqualTo(Commands.FAILED);
    assertThat(noDir.output()).isEqualTo("error: not a directory: no-such-dir\n");
  }

  @Test
  void everySampleCampaignHasScenariosAndTheyAllPass() throws Exception {
    for (Path campaign : CampaignLoader.campaignFiles(Path.of("campaigns"))) {
      String id = campaign.getFileName().toString().replace(".yaml", "");
      assertThat(Path.of("campaigns", id + ".test.yaml")).exists();
    }
    Ran r = run(test, "campaigns");
    assertThat(r.output()).doesNotContain("FAIL", "warning");
    assertThat(r.status()).as(r.output()).isZero();
    long passes = r.output().lines().filter(l -> l.startsWith("PASS ")).count();
    assertThat(passes).isGreaterThanOrEqualTo(2L * 7);
    assertThat(r.output()).endsWith(passes + " scenarios: " + passes + " passed, 0 failed\n");
  }

  @Test
  void aFailingScenarioPrintsExpectedAgainstActualAndExitsOne() throws Exception {
    CampaignFiles.copyOfSamples(dir);
    edit("tea-lover.test.yaml", "times: 4, category", "times: 3, category");
    Ran r = run(test, dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.output())
        .contains(
            "FAIL "
                + dir.resolve("tea-lover.test.yaml")
                + ":4: the fifth tea in 90 days prints the coupon: expected [tea-lover] but got"
                + " []\n",
            "PASS " + dir.resolve("tea-lover.test.yaml") + ": the fourth tea prints nothing\n",
            " passed, 1 failed\n");
  }

  @Test
  void aBrokenScenarioFileAndAnUntestedCampaignAreReported() throws Exception {
    CampaignFiles.copyOfSamples(dir);
    edit("beer-snacks.test.yaml", "    noCard: true\n", "    noCard: true\n    nocard: true\n");
    Files.delete(dir.resolve("tea-lover.test.yaml"));
    Ran r = run(test, dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.output())
        .contains(
            dir.resolve("beer-snacks.test.yaml")
                + ":7: scenarios[0].nocard: unknown field 'nocard'",
            "warning: campaign tea-lover has no tea-lover.test.yaml",
            ", 1 scenario file errors\n");
  }

  @Test
  void compilePrintsOneCampaignsRuleOrTheWholeRuleset() throws Exception {
    Ran one = run(compile, "tea-lover");
    assertThat(one.status()).isZero();
    assertThat(one.output())
        .startsWith("rule \"tea-lover\" @campaign(")
        .containsPattern("HistoryFact\\(id == \\d+\\)")
        .endsWith("end\n")
        .doesNotContain("coffee");
    Ran all = run(compile, "--campaigns", "campaigns");
    assertThat(all.output()).startsWith("//").contains("package io.receiptcoupons.rules;");
    assertThat(all.output().lines().filter(l -> l.startsWith("rule \""))).hasSize(11);
    Ran unknown = run(compile, "tea-lovers");
    assertThat(unknown.status()).isEqualTo(Commands.FAILED);
    assertThat(unknown.output()).isEqualTo("error: no campaign 'tea-lovers' in campaigns\n");
  }

  @Test
  void compileRefusesInvalidCampaignsNamingTheErrors() throws Exception {
    CampaignFiles.copyOfSamples(dir);
    edit("tea-lover.yaml", "days: 90", "days: 500");
    Ran r = run(compile, "--campaigns", dir.toString(), "tea-lover");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.output()).contains("tea-lover.yaml:15: conditions.history.days:", "not compiled");
  }

  private void edit(String file, String from, String to) throws Exception {
    Path f = dir.resolve(file);
    String text = Files.readString(f);
    assertThat(text).contains(from);
    Files.writeString(f, text.replace(from, to));
  }
}
