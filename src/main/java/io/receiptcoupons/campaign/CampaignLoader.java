package io.receiptcoupons.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.SensitiveCategories;
import io.receiptcoupons.campaign.model.StoreGroups;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads campaigns/ into validated campaigns; any error is reported with file, line and path. */
public final class CampaignLoader {

  static final String SCORES_FILE = "_lifestyle-scores.yaml";
  static final String GROUPS_FILE = "_store-groups.yaml";
  static final String SENSITIVE_FILE = "_sensitive-categories.yaml";
  private final ObjectMapper yaml;
  private final Validator validator;
  private final CampaignChecks checks;
  private final YamlGuard guard;

  public CampaignLoader(Validator validator, int retentionDays) {
    this(validator, retentionDays, YamlLimits.DEFAULT, new ReceiptWidth(48, true));
  }

  /** A loader with the file limits and the receipt width that coupon text must fit. */
  public CampaignLoader(
      Validator validator, int retentionDays, YamlLimits limits, ReceiptWidth receipt) {
    this.validator = validator;
    this.checks = new CampaignChecks(retentionDays, receipt);
    this.guard = new YamlGuard(limits);
    this.yaml =
        YAMLMapper.builder(limits.factory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
  }

  /** Loads every campaign in {@code dir}, or throws with every error found. */
  public CampaignCatalog load(Path dir) {
    Loaded loaded = readAll(dir);
    if (!loaded.errors().isEmpty()) {
      throw new CampaignFileException(loaded.errors());
    }
    return loaded.catalog();
  }

  /** Reads every file in {@code dir} and collects every error in every file, without throwing. */
  public Loaded readAll(Path dir) {
    List<CampaignError> errors = new ArrayList<>();
    ContentHash hash = new ContentHash();
    LifestyleScores scores = loadScores(dir.resolve(SCORES_FILE), errors, hash);
    StoreGroups groups =
        optional(dir.resolve(GROUPS_FILE), StoreGroups.class, errors, hash, StoreGroups.NONE);
    SensitiveCategories sensitive =
        optional(
            dir.resolve(SENSITIVE_FILE),
            SensitiveCategories.class,
            errors,
            hash,
            SensitiveCategories.DEFAULT);
    Programme programme = new Programme(scores, groups, sensitive);
    List<CampaignFile> files = new ArrayList<>();
    List<Path> paths = campaignFiles(dir);
    guard.checkCount(paths).ifPresent(errors::add);
    for (Path file : paths.subList(0, Math.min(paths.size(), guard.maxCampaigns()))) {
      Parsed<Campaign> parsed = parse(file, Campaign.class, errors, hash);
      if (parsed != null) {
        errors.addAll(checks.check(file, parsed.value(), parsed.lines(), programme));
        files.add(new CampaignFile(file, parsed.value(), parsed.lines()));
      }
    }
    errors.addAll(checks.duplicateIds(files));
    List<Campaign> campaigns = files.stream().map(CampaignFile::campaign).toList();
    return new Loaded(
        new CampaignCatalog(campaigns, scores, groups, hash.hex()), List.copyOf(files), errors);
  }

  /** What {@link #readAll} found: the catalog is only usable when there are no errors. */
  public record Loaded(
      CampaignCatalog catalog, List<CampaignFile> files, List<CampaignError> errors) {}

  /** One parsed campaign file, with the line map for locating its fields. */
  public record CampaignFile(Path file, Campaign campaign, YamlLines lines) {}

  /** Campaign files: *.yaml, except scenario files (*.test.yaml) and programme files (_*). */
  public static List<Path> campaignFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(p -> !p.getFileName().toString().endsWith(".test.yaml"))
          .filter(p -> !p.getFileName().toString().startsWith("_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list campaign directory " + dir, e);
    }
  }

  private LifestyleScores loadScores(Path file, List<CampaignError> errors, ContentHash hash) {
    LifestyleScores scores =
        optional(file, LifestyleScores.class, errors, hash, LifestyleScores.NONE);
    if (scores != LifestyleScores.NONE) {
      errors.addAll(checks.checkScores(file, scores, new YamlLines(read(file))));
    }
    return scores;
  }

  // Programme files are optional; a broken one is an error like any other, and its default applies.
  private <T> T optional(
      Path file, Class<T> type, List<CampaignError> errors, ContentHash hash, T absent) {
    if (!Files.exists(file)) {
      return absent;
    }
    Parsed<T> parsed = parse(file, type, errors, hash);
    return parsed == null ? absent : parsed.value();
  }

  /** The programme files that campaign checks refer to. */
  record Programme(LifestyleScores scores, StoreGroups groups, SensitiveCategories sensitive) {}

  private <T> Parsed<T> parse(
      Path file, Class<T> type, List<CampaignError> errors, ContentHash hash) {
    String text = guard.read(file, errors);
    hash.add(file.getFileName().toString(), text == null ? "" : text);
    if (text == null || guard.refused(file, text, errors)) {
      return null;
    }
    YamlLines lines = new YamlLines(text);
    T value;
    try {
      value = yaml.readValue(text, type);
    } catch (JsonProcessingException e) {
      errors.add(ParseErrors.of(file, e, lines));
      return null;
    }
    if (value == null) {
      errors.add(new CampaignError(file.toString(), 1, "", "file is empty"));
      return null;
    }
    for (ConstraintViolation<T> v : validator.validate(value)) {
      String path = ParseErrors.path(v);
      errors.add(new CampaignError(file.toString(), lines.lineOf(path), path, v.getMessage()));
    }
    return new Parsed<>(value, lines);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  record Parsed<T>(T value, YamlLines lines) {}
}
