package io.receiptcoupons.cli;

import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignFileException;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.RulesetBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code compile [--campaigns DIR] [CAMPAIGN_ID]}: prints the generated DRL, for engineers. */
@ApplicationScoped
public class CompileCommand implements CliCommand {

  private final RulesetBuilder builder;
  private final CampaignConfig config;

  CompileCommand(RulesetBuilder builder, CampaignConfig config) {
    this.builder = builder;
    this.config = config;
  }

  @Override
  public String name() {
    return "compile";
  }

  @Override
  public String usage() {
    return "compile [--campaigns DIR] [CAMPAIGN_ID]   print the generated DRL (one rule or all)";
  }

  @Override
  public int run(List<String> args, PrintStream out) {
    List<String> rest = new ArrayList<>(args);
    String dir = config.dir();
    if (!rest.isEmpty() && rest.get(0).equals("--campaigns") && rest.size() >= 2) {
      dir = rest.get(1);
      rest = rest.subList(2, rest.size());
    }
    if (rest.size() > 1 || rest.stream().anyMatch(a -> a.startsWith("-"))) {
      throw new UsageException(usage());
    }
    if (!Files.isDirectory(Path.of(dir))) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    try (Ruleset rules = builder.build(Path.of(dir))) {
      out.print(rest.isEmpty() ? rules.drl() : rule(rules, rest.get(0), dir));
      return 0;
    } catch (CampaignFileException e) {
      e.errors().forEach(out::println);
      out.println("not compiled: fix the errors above (validate lists them all)");
      return 1;
    }
  }

  private static String rule(Ruleset rules, String id, String dir) {
    if (rules.campaigns().stream().noneMatch(c -> c.id().equals(id))) {
      throw new IllegalArgumentException("no campaign '" + id + "' in " + dir);
    }
    Matcher m =
        Pattern.compile("(?ms)^rule \"" + Pattern.quote(id) + "\".*?^end$").matcher(rules.drl());
    if (!m.find()) {
      throw new IllegalArgumentException(
          "campaign '" + id + "' has no rule: its conditions can never hold (see validate)");
    }
    return m.group() + "\n";
  }
}
