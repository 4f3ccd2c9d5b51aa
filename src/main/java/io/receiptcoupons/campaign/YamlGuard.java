package io.receiptcoupons.campaign;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Refuses hostile YAML (aliases, deep nesting, huge files) before Jackson maps it: campaign files
 * need none of these, and a refusal names the line instead of exhausting memory.
 */
final class YamlGuard {

  private final YamlLimits limits;

  YamlGuard(YamlLimits limits) {
    this.limits = limits;
  }

  int maxCampaigns() {
    return limits.maxCampaigns();
  }

  /** The file's text; null, with the error added, when it is too big or not UTF-8. */
  String read(Path file, List<CampaignError> errors) {
    Optional<CampaignError> tooBig = checkSize(file, size(file));
    if (tooBig.isPresent()) {
      errors.add(tooBig.get());
      return null;
    }
    try {
      return Files.readString(file);
    } catch (CharacterCodingException e) {
      errors.add(error(file, 1, "is not UTF-8 text"));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** True, with the error added, when the text holds an alias or nests too deep. */
  boolean refused(Path file, String text, List<CampaignError> errors) {
    Optional<CampaignError> error = checkStructure(file, text);
    error.ifPresent(errors::add);
    return error.isPresent();
  }

  /** Past the maximum, the first file not read is named; none of the files then go live. */
  Optional<CampaignError> checkCount(List<Path> files) {
    if (files.size() <= limits.maxCampaigns()) {
      return Optional.empty();
    }
    return Optional.of(
        error(
            files.get(limits.maxCampaigns()),
            1,
            files.size()
                + " campaign files, over the limit of "
                + limits.maxCampaigns()
                + " (coupons.campaigns.max-campaigns); this file and the rest were not read"));
  }

  Optional<CampaignError> checkSize(Path file, long bytes) {
    if (bytes <= limits.maxFileBytes()) {
      return Optional.empty();
    }
    return Optional.of(
        error(
            file,
            1,
            "file is "
                + bytes
                + " bytes, over the limit of "
                + limits.maxFileBytes()
                + " (coupons.campaigns.max-file-bytes)"));
  }

  /** The first alias or over-deep collection; malformed YAML is left to the mapper to report. */
  Optional<CampaignError> checkStructure(Path file, String text) {
    int depth = 0;
    try {
      for (Event event : new Yaml(limits.loaderOptions()).parse(new StringReader(text))) {
        if (event instanceof AliasEvent alias) {
          return Optional.of(error(file, line(event.getStartMark()), aliasMessage(alias)));
        }
        if (event instanceof CollectionStartEvent && ++depth > limits.maxDepth()) {
          return Optional.of(error(file, line(event.getStartMark()), depthMessage()));
        }
        if (event instanceof CollectionEndEvent) {
          depth--;
        }
      }
    } catch (YAMLException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private String depthMessage() {
    return "nested deeper than " + limits.maxDepth() + " levels (coupons.campaigns.max-depth)";
  }

  private static String aliasMessage(AliasEvent alias) {
    return "YAML aliases (*" + alias.getAnchor() + ") are not allowed in campaign files";
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static int line(Mark mark) {
    return mark == null ? 1 : mark.getLine() + 1;
  }

  private static CampaignError error(Path file, int line, String message) {
    return new CampaignError(file.toString(), line, "", message);
  }
}
