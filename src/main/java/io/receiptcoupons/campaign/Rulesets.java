package io.receiptcoupons.campaign;

import io.quarkus.runtime.StartupEvent;
import io.receiptcoupons.campaign.engine.DroolsEngine;
import io.receiptcoupons.campaign.engine.FactBuilder;
import io.receiptcoupons.campaign.engine.RuleCompiler;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** Holds the live ruleset; compiles campaigns/ with rules/ at start-up. */
@ApplicationScoped
public class Rulesets {

  private static final Logger LOG = Logger.getLogger(Rulesets.class);
  private final AtomicReference<Ruleset> current = new AtomicReference<>();
  private final CampaignConfig config;
  private final CampaignLoader loader;
  private final DroolsEngine engine;

  Rulesets(
      CampaignConfig config, ProgrammeConfig programme, Validator validator, DroolsEngine engine) {
    this.config = config;
    this.loader = new CampaignLoader(validator, programme.retentionDays());
    this.engine = engine;
  }

  void onStart(@Observes StartupEvent event) {
    Ruleset loaded = build(Path.of(config.dir()));
    current.set(loaded);
    LOG.infof("Ruleset %s live with %d campaigns", loaded.version(), loaded.campaigns().size());
  }

  /** The live ruleset. */
  public Ruleset current() {
    Ruleset r = current.get();
    if (r == null) {
      throw new IllegalStateException("No ruleset is loaded yet");
    }
    return r;
  }

  public boolean isLoaded() {
    return current.get() != null;
  }

  /** Compiles a campaigns directory; throws CampaignFileException naming each bad file and line. */
  public Ruleset build(Path campaignsDir) {
    CampaignCatalog catalog = loader.load(campaignsDir);
    Path rules = Path.of(config.rulesDir());
    String header = read(rules.resolve("header.drl"));
    String template = read(rules.resolve("campaign.drl.template"));
    var compiled =
        new RuleCompiler(header, template)
            .compile(catalog.campaigns(), catalog.lifestyleScores(), catalog.storeGroups());
    String version =
        new ContentHash()
            .add("campaigns", catalog.contentHash())
            .add("header", header)
            .add("template", template)
            .hex();
    List<io.receiptcoupons.campaign.model.ProductSet> sets = new ArrayList<>();
    catalog.campaigns().forEach(c -> ProductSets.collect(c.conditions(), sets));
    return new Ruleset(
        version,
        Instant.now(),
        catalog.campaigns(),
        ProductIndex.of(sets),
        new FactBuilder(compiled.slots(), catalog.lifestyleScores()),
        engine.compile(compiled.drl()),
        compiled.drl(),
        catalog.lifestyleScores());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read rule template " + file, e);
    }
  }
}
