package io.receiptcoupons.cli;

import io.receiptcoupons.authoring.CampaignValidation;
import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignError;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate [DIR]}: every error in every campaign file; exit 1 on any error. */
@Command(
    name = "validate",
    description = "Check campaign files: every error as file:line: field: message; exit 1 on any.")
public class ValidateCommand implements Callable<Integer> {

  @Inject CampaignValidation validation;
  @Inject CampaignConfig config;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "Campaigns folder (default: campaigns).")
  Path dir;

  @Override
  public Integer call() {
    Path campaigns = dir == null ? Path.of(config.dir()) : dir;
    PrintWriter out = spec.commandLine().getOut();
    CampaignValidation.Report r = validation.validate(campaigns);
    r.errors().forEach(out::println);
    r.warnings().forEach(w -> out.println("warning: " + w));
    out.printf(
        "%s: %d campaign files, %s, %s%n",
        campaigns, r.files(), plural(r.errors(), "error"), plural(r.warnings(), "warning"));
    return r.errors().isEmpty() ? 0 : Commands.FAILED;
  }

  static String plural(List<CampaignError> list, String word) {
    return list.size() + " " + word + (list.size() == 1 ? "" : "s");
  }
}
