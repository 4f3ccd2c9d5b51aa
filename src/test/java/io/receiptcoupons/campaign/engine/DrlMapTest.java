package io.receiptcoupons.campaign.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.receiptcoupons.campaign.TestCampaigns;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.shopper.Gender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrlMapTest {

  private final String header = read("rules/header.drl");
  private final String template = read("rules/campaign.drl.template");

  @Test
  void aBrokenTemplateIsReportedAtItsOwnLineForTheFirstCampaignThatUsesIt() {
    // "then" misspelt on the template's 4th line: every generated rule breaks there.
    String broken = template.replace("  then", "  thn");
    RuleCompiler.CompiledRules compiled = compile(broken);

    RuleCompileException e =
        catchThrowableOfType(
            () -> new DroolsEngine().compile(compiled.drl()), RuleCompileException.class);

    assertThat(e.problems()).isNotEmpty();
    int reported = e.problems().get(0).line();
    DrlMap.Origin origin = compiled.lines().origin(reported);
    assertThat(origin.header()).isFalse();
    assertThat(origin.campaignId()).isEqualTo("first");
    // Drools notices the misspelling at or after it; the line it names is the template's own.
    assertThat(origin.line()).isGreaterThanOrEqualTo(lineOf(broken, "thn"));
    assertThat(broken.split("\n", -1)[origin.line() - 1])
        .isEqualTo(compiled.drl().split("\n", -1)[reported - 1]);
  }

  @Test
  void everyGeneratedLineMapsBackToTheHeaderOrItsTemplateLine() {
    RuleCompiler.CompiledRules compiled = compile(template);
    String[] lines = compiled.drl().split("\n", -1);
    int firstRule = lineOf(compiled.drl(), "rule \"first\"");
    int secondRule = lineOf(compiled.drl(), "rule \"second\"");

    assertThat(compiled.lines().origin(2)).isEqualTo(new DrlMap.Origin(true, 2, null));
    assertThat(compiled.lines().origin(firstRule))
        .isEqualTo(new DrlMap.Origin(false, lineOf(template, "rule \""), "first"));
    assertThat(compiled.lines().origin(secondRule).campaignId()).isEqualTo("second");
    int end = lastLineOf(lines, "end", secondRule);
    assertThat(compiled.lines().origin(end))
        .isEqualTo(new DrlMap.Origin(false, lineOf(template, "end"), "second"));
    assertThat(compiled.lines().origin(secondRule + 2).line())
        .isEqualTo(lineOf(template, "${when}"));
  }

  private RuleCompiler.CompiledRules compile(String withTemplate) {
    // Two alternatives for the second campaign, so its ${when} spans several lines.
    Condition female = member(Gender.FEMALE);
    List<Campaign> campaigns =
        List.of(
            TestCampaigns.withConditions("first", female),
            TestCampaigns.withConditions(
                "second",
                new Condition(
                    null,
                    List.of(female, member(Gender.MALE)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));
    return new RuleCompiler(header, withTemplate)
        .compile(campaigns, LifestyleScores.NONE, StoreGroups.NONE);
  }

  private static Condition member(Gender g) {
    return new Condition(
        null, null, null, null, null, new MemberCondition(g, null, null, null), null, null);
  }

  private static int lineOf(String text, String marker) {
    return text.substring(0, text.indexOf(marker)).split("\n", -1).length;
  }

  private static int lastLineOf(String[] lines, String exact, int from) {
    int found = -1;
    for (int i = from - 1; i < lines.length; i++) {
      found = lines[i].trim().equals(exact) ? i + 1 : found;
    }
    return found;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
