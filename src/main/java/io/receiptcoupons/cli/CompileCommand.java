package io.receiptcoupons.cli;

import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignFileException;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.RulesetBuilder;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compile [--campaigns DIR] [CAMPAIGN_ID]}: prints the generated DRL, for engineers. */
@Command(name = "compile", description = "Print the generated DRL: one campaign's rule, or all.")
public class CompileCommand implements Callable<Integer> {

  @Inject RulesetBuilder builder;
  @Inject CampaignConfig config;
  @Spec CommandSpec spec;

  @Option(
      names = "--campaigns",
      paramLabel = "DIR",
      description = "Campaigns folder (default: campaigns).")
  Path dir;

  @Parameters(arity = "0..1", paramLabel = "CAMPAIGN_ID", description = "Print only this rule.")
  String id;

  @Override
  public Integer call() {
    Path campaigns = dir == null ? Path.of(config.dir()) : dir;
    if (!Files.isDirectory(campaigns)) {
      throw new IllegalArgumentException("not a directory: " + campaigns);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Ruleset rules = builder.build(campaigns)) {
      out.print(id == null ? rules.drl() : rule(rules, campaigns));
      return 0;
    } catch (CampaignFileException e) {
      e.errors().forEach(out::println);
      out.println("not compiled: fix the errors above (validate lists them all)");
      return Commands.FAILED;
    }
  }

  private String rule(Ruleset rules, Path campaigns) {
    if (rules.campaigns().stream().noneMatch(c -> c.id().equals(id))) {
      throw new IllegalArgumentException("no campaign '" + id + "' in " + campaigns);
    }
    Matcher rule =
        Pattern.compile("(?ms)^rule \"" + Pattern.quote(id) + "\".*?^end$").matcher(rules.drl());
    if (!rule.find()) {
      throw new IllegalArgumentException(
          "campaign '" + id + "' has no rule: its conditions can never hold (see validate)");
    }
    return rule.group() + "\n";
  }
}
