package io.receiptcoupons.authoring;

import io.receiptcoupons.campaign.CampaignCatalog;
import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignError;
import io.receiptcoupons.campaign.CampaignFileException;
import io.receiptcoupons.campaign.CampaignLoader;
import io.receiptcoupons.campaign.CampaignLoader.CampaignFile;
import io.receiptcoupons.campaign.ReceiptWidth;
import io.receiptcoupons.campaign.RulesetBuilder;
import io.receiptcoupons.campaign.YamlLimits;
import io.receiptcoupons.campaign.engine.RuleCompiler;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.ReceiptConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a campaigns directory as the service would load it, and reports all it finds. */
@ApplicationScoped
public class CampaignValidation {

  private static final Comparator<CampaignError> BY_PLACE =
      Comparator.comparing(CampaignError::file).thenComparingInt(CampaignError::line);
  private final CampaignLoader loader;
  private final RulesetBuilder builder;

  CampaignValidation(
      Validator validator,
      ProgrammeConfig programme,
      CampaignConfig config,
      ReceiptConfig receipt,
      RulesetBuilder builder) {
    this.loader =
        new CampaignLoader(
            validator,
            programme.retentionDays(),
            YamlLimits.of(config),
            new ReceiptWidth(receipt.columns(), receipt.ambiguousWide()));
    this.builder = builder;
  }

  /** What validation found: errors stop a load, warnings do not. */
  public record Report(int files, List<CampaignError> errors, List<CampaignError> warnings) {}

  /** Every error in every file, warnings for valid files, then a compile of the rules. */
  public Report validate(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    CampaignLoader.Loaded loaded = loader.readAll(dir);
    List<CampaignError> errors = new ArrayList<>(loaded.errors());
    Set<String> broken = errors.stream().map(CampaignError::file).collect(Collectors.toSet());
    List<CampaignError> warnings =
        loaded.files().stream()
            .filter(f -> !broken.contains(f.file().toString()))
            .flatMap(f -> Reachability.warnings(f).stream())
            .sorted(BY_PLACE)
            .toList();
    if (errors.isEmpty()) {
      errors.addAll(compile(dir, loaded));
    }
    errors.sort(BY_PLACE);
    return new Report(CampaignLoader.campaignFiles(dir).size(), errors, warnings);
  }

  private List<CampaignError> compile(Path dir, CampaignLoader.Loaded loaded) {
    List<CampaignError> errors = new ArrayList<>();
    loaded.files().forEach(f -> expand(f, loaded.catalog()).ifPresent(errors::add));
    if (errors.isEmpty()) {
      try {
        builder.build(dir).close();
      } catch (CampaignFileException e) {
        errors.addAll(e.errors());
      }
    }
    return errors;
  }

  // Expanding one campaign alone names the file whose conditions have too many alternatives;
  // the templates do not matter for that, so empty ones will do.
  private static Optional<CampaignError> expand(CampaignFile f, CampaignCatalog c) {
    try {
      new RuleCompiler("", "${when}")
          .compile(List.of(f.campaign()), c.lifestyleScores(), c.storeGroups());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(
          new CampaignError(
              f.file().toString(), f.lines().lineOf("conditions"), "conditions", e.getMessage()));
    }
  }
}
