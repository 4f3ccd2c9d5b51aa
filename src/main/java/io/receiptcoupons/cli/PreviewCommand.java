package io.receiptcoupons.cli;

import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignFileException;
import io.receiptcoupons.campaign.RulesetBuilder;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.preview.CouponPreview;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code preview [--campaigns DIR] CAMPAIGN_ID [OUT.png]}: the coupon as the till prints it. */
@Command(
    name = "preview",
    description = "Render a campaign's coupon as the till prints it, to a PNG file.")
public class PreviewCommand implements Callable<Integer> {

  @Inject RulesetBuilder builder;
  @Inject CampaignConfig config;
  @Inject CouponPreview preview;
  @Inject ProgrammeConfig programme;
  @Spec CommandSpec spec;

  @Option(names = "--campaigns", paramLabel = "DIR", description = "Campaigns folder.")
  Path campaigns;

  @Parameters(index = "0", paramLabel = "CAMPAIGN_ID", description = "The campaign to render.")
  String id;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "OUT.png",
      description = "Where to write the PNG (default: CAMPAIGN_ID.preview.png).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter text = spec.commandLine().getOut();
    Path dir = campaigns == null ? Path.of(config.dir()) : campaigns;
    Campaign campaign;
    try {
      campaign = find(dir);
    } catch (CampaignFileException e) {
      e.errors().forEach(text::println);
      text.println("no preview: fix the errors above (validate lists them all)");
      return Commands.FAILED;
    }
    LocalDate today = LocalDate.now(programme.timeZone());
    Path png = out == null ? Path.of(id + ".preview.png") : out;
    Files.write(png, preview.png(campaign, today));
    text.println("wrote " + png + " (sample code " + preview.sampleCode(campaign, today) + ")");
    return 0;
  }

  private Campaign find(Path dir) {
    return builder.read(dir).catalog().campaigns().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no campaign '" + id + "' in " + dir));
  }
}
