package io.receiptcoupons.cli;

import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignFileException;
import io.receiptcoupons.campaign.RulesetBuilder;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.preview.CouponPreview;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code preview [--campaigns DIR] CAMPAIGN_ID [OUT.png]}: the coupon as the till prints it. */
@ApplicationScoped
public class PreviewCommand implements CliCommand {

  private final RulesetBuilder builder;
  private final CampaignConfig config;
  private final CouponPreview preview;

  PreviewCommand(RulesetBuilder builder, CampaignConfig config, CouponPreview preview) {
    this.builder = builder;
    this.config = config;
    this.preview = preview;
  }

  @Override
  public String name() {
    return "preview";
  }

  @Override
  public String usage() {
    return "preview [--campaigns DIR] CAMPAIGN_ID [OUT.png]   render the coupon as it will print";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws Exception {
    boolean dirGiven = args.size() >= 2 && args.get(0).equals("--campaigns");
    String dir = dirGiven ? args.get(1) : config.dir();
    List<String> rest = dirGiven ? args.subList(2, args.size()) : args;
    if (rest.isEmpty() || rest.size() > 2 || rest.get(0).startsWith("-")) {
      throw new UsageException(usage());
    }
    Campaign campaign;
    try {
      campaign = find(Path.of(dir), rest.get(0));
    } catch (CampaignFileException e) {
      e.errors().forEach(out::println);
      out.println("no preview: fix the errors above (validate lists them all)");
      return 1;
    }
    Path png = Path.of(rest.size() == 2 ? rest.get(1) : rest.get(0) + ".preview.png");
    Files.write(png, preview.png(campaign, LocalDate.now()));
    out.println(
        "wrote " + png + " (sample code " + preview.sampleCode(campaign, LocalDate.now()) + ")");
    return 0;
  }

  private Campaign find(Path dir, String id) {
    return builder.read(dir).catalog().campaigns().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no campaign '" + id + "' in " + dir));
  }
}
