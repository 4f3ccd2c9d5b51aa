package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.engine.DrlMap;
import io.receiptcoupons.campaign.engine.DroolsEngine;
import io.receiptcoupons.campaign.engine.FactBuilder;
import io.receiptcoupons.campaign.engine.RuleBase;
import io.receiptcoupons.campaign.engine.RuleCompileException;
import io.receiptcoupons.campaign.engine.RuleCompiler;
import io.receiptcoupons.product.ProductIndex;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.ReceiptConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles campaigns/ with the rule templates into a ruleset, or throws naming every bad file and
 * line.
 */
@ApplicationScoped
public class RulesetBuilder {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private final CampaignConfig config;
  private final CampaignLoader loader;
  private final DroolsEngine engine;
  private final Clock clock = Clock.systemUTC();

  RulesetBuilder(
      CampaignConfig config,
      ProgrammeConfig programme,
      ReceiptConfig receipt,
      Validator validator,
      DroolsEngine engine) {
    this.config = config;
    this.loader =
        new CampaignLoader(
            validator,
            programme.retentionDays(),
            YamlLimits.of(config),
            new ReceiptWidth(receipt.columns(), receipt.ambiguousWide()));
    this.engine = engine;
  }

  /** Reads and validates a campaigns directory and the rule templates, without compiling. */
  public Sources read(Path campaignsDir) {
    Path rules = Path.of(config.rulesDir());
    return new Sources(
        loader.load(campaignsDir),
        RuleTemplates.read(rules, RuleTemplates.HEADER),
        RuleTemplates.read(rules, RuleTemplates.TEMPLATE));
  }

  public Ruleset build(Path campaignsDir) {
    return build(read(campaignsDir));
  }

  public Ruleset build(Sources s) {
    CampaignCatalog catalog = s.catalog();
    var compiled =
        new RuleCompiler(s.header(), s.template())
            .compile(catalog.campaigns(), catalog.lifestyleScores(), catalog.storeGroups());
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<ProductSet> sets = new ArrayList<>();
    catalog.campaigns().forEach(c -> c.conditions().collectProductSets(sets));
    return new Ruleset(
        s.contentHash() + "-" + STAMP.format(now),
        now,
        catalog.campaigns(),
        ProductIndex.of(sets),
        new FactBuilder(compiled.slots(), catalog.lifestyleScores()),
        compile(compiled),
        compiled.drl(),
        catalog.lifestyleScores(),
        catalog.storeGroups());
  }

  // The campaigns were validated already, so a DRL that fails to compile is the templates' fault:
  // name the template line, and the campaign whose rule it was.
  private RuleBase compile(RuleCompiler.CompiledRules compiled) {
    try {
      return engine.compile(compiled.drl());
    } catch (RuleCompileException e) {
      throw new CampaignFileException(
          e.problems().stream().map(p -> templateError(compiled.lines(), p)).toList());
    }
  }

  private CampaignError templateError(DrlMap lines, RuleCompileException.Problem p) {
    DrlMap.Origin o = lines.origin(p.line());
    Path rules = Path.of(config.rulesDir());
    String file =
        RuleTemplates.origin(rules, o.header() ? RuleTemplates.HEADER : RuleTemplates.TEMPLATE);
    String where = o.header() ? "" : "in the rule for campaign " + o.campaignId() + ": ";
    // Drools' own "Line n:m" counts lines of the generated DRL, which nobody can open.
    String message = p.message().replaceFirst("Line \\d+:\\d+ ", "");
    return new CampaignError(file, o.line(), "", where + message);
  }

  /** What a ruleset is compiled from: equal content hashes, equal rulesets. */
  public record Sources(CampaignCatalog catalog, String header, String template) {

    public String contentHash() {
      return new ContentHash()
          .add("campaigns", catalog.contentHash())
          .add("header", header)
          .add("template", template)
          .hex();
    }
  }
}
