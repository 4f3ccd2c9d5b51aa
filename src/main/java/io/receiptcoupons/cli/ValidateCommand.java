package io.receiptcoupons.cli;

import io.receiptcoupons.authoring.CampaignValidation;
import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code validate [DIR]}: every error in every campaign file; exit 1 on any error. */
@ApplicationScoped
public class ValidateCommand implements CliCommand {

  private final CampaignValidation validation;
  private final CampaignConfig config;

  ValidateCommand(CampaignValidation validation, CampaignConfig config) {
    this.validation = validation;
    this.config = config;
  }

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String usage() {
    return "validate [DIR]          check campaign files (default: campaigns/)";
  }

  @Override
  public int run(List<String> args, PrintStream out) {
    if (args.size() > 1 || args.stream().anyMatch(a -> a.startsWith("-"))) {
      throw new UsageException(usage());
    }
    Path dir = Path.of(args.isEmpty() ? config.dir() : args.get(0));
    CampaignValidation.Report r = validation.validate(dir);
    r.errors().forEach(out::println);
    r.warnings().forEach(w -> out.println("warning: " + w));
    out.printf(
        "%s: %d campaign files, %s, %s%n",
        dir, r.files(), plural(r.errors(), "error"), plural(r.warnings(), "warning"));
    return r.errors().isEmpty() ? 0 : 1;
  }

  static String plural(List<CampaignError> list, String word) {
    return list.size() + " " + word + (list.size() == 1 ? "" : "s");
  }
}
