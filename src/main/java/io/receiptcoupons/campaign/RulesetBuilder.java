package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.engine.DroolsEngine;
import io.receiptcoupons.campaign.engine.FactBuilder;
import io.receiptcoupons.campaign.engine.RuleCompiler;
import io.receiptcoupons.campaign.model.ProductSet;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Compiles campaigns/ with rules/ into a ruleset, or throws naming every bad file and line. */
@ApplicationScoped
public class RulesetBuilder {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private final CampaignConfig config;
  private final CampaignLoader loader;
  private final DroolsEngine engine;
  private final Clock clock = Clock.systemUTC();

  RulesetBuilder(
      CampaignConfig config, ProgrammeConfig programme, Validator validator, DroolsEngine engine) {
    this.config = config;
    this.loader = new CampaignLoader(validator, programme.retentionDays());
    this.engine = engine;
  }

  /** The content hash of what {@link #build} would compile, without compiling it. */
  public String contentHash(Path campaignsDir) {
    return hash(loader.load(campaignsDir), templates());
  }

  public Ruleset build(Path campaignsDir) {
    CampaignCatalog catalog = loader.load(campaignsDir);
    Templates t = templates();
    var compiled =
        new RuleCompiler(t.header(), t.template())
            .compile(catalog.campaigns(), catalog.lifestyleScores(), catalog.storeGroups());
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<ProductSet> sets = new ArrayList<>();
    catalog.campaigns().forEach(c -> ProductSets.collect(c.conditions(), sets));
    return new Ruleset(
        hash(catalog, t) + "-" + STAMP.format(now),
        now,
        catalog.campaigns(),
        ProductIndex.of(sets),
        new FactBuilder(compiled.slots(), catalog.lifestyleScores()),
        engine.compile(compiled.drl()),
        compiled.drl(),
        catalog.lifestyleScores(),
        catalog.storeGroups());
  }

  private static String hash(CampaignCatalog catalog, Templates t) {
    return new ContentHash()
        .add("campaigns", catalog.contentHash())
        .add("header", t.header())
        .add("template", t.template())
        .hex();
  }

  private Templates templates() {
    Path rules = Path.of(config.rulesDir());
    return new Templates(
        read(rules.resolve("header.drl")), read(rules.resolve("campaign.drl.template")));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read rule template " + file, e);
    }
  }

  private record Templates(String header, String template) {}
}
