package io.receiptcoupons.authoring.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.receiptcoupons.campaign.CampaignError;
import io.receiptcoupons.campaign.YamlLines;
import io.receiptcoupons.system.JsonErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads scenario files (*.test.yaml) strictly; every error is located by line and field path. */
final class ScenarioReader {

  static final String SUFFIX = ".test.yaml";
  private final ObjectMapper yaml =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private final Validator validator;

  ScenarioReader(Validator validator) {
    this.validator = validator;
  }

  /** One file's scenarios with their lines, or the errors that keep it from running. */
  record Read(Path file, List<Scenario> scenarios, YamlLines lines, List<CampaignError> errors) {}

  static List<Path> files(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }

  Read read(Path file) {
    String text = readText(file);
    YamlLines lines = new YamlLines(text);
    List<CampaignError> errors = new ArrayList<>();
    ScenarioFile parsed;
    try {
      parsed = yaml.readValue(text, ScenarioFile.class);
    } catch (JsonProcessingException e) {
      String path = JsonErrors.path(e);
      errors.add(
          new CampaignError(file.toString(), line(e, path, lines), path, JsonErrors.describe(e)));
      return new Read(file, List.of(), lines, errors);
    }
    if (parsed == null) {
      errors.add(new CampaignError(file.toString(), 1, "", "file is empty"));
      return new Read(file, List.of(), lines, errors);
    }
    for (ConstraintViolation<ScenarioFile> v : validator.validate(parsed)) {
      String path = path(v);
      errors.add(new CampaignError(file.toString(), lines.lineOf(path), path, v.getMessage()));
    }
    return new Read(file, errors.isEmpty() ? parsed.scenarios() : List.of(), lines, errors);
  }

  // A cross-field check (an @AssertTrue "isX" method) is about its object, so name the object.
  private static String path(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "");
    boolean crossField = v.getConstraintDescriptor().getAnnotation() instanceof AssertTrue;
    return crossField ? path.replaceFirst("\\.?[A-Za-z]+$", "") : path;
  }

  private static int line(JsonProcessingException e, String path, YamlLines lines) {
    if (!path.isEmpty() && lines.parsed()) {
      return lines.lineOf(path);
    }
    return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
