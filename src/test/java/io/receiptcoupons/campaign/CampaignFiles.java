package io.receiptcoupons.campaign;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Test helpers: a real validator, and campaign directories made of real files. */
public final class CampaignFiles {
  private CampaignFiles() {}

  public static Validator validator() {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /** Copies the shipped campaigns/ into {@code dir}, so that a test can break one file. */
  /** How many campaign files the samples hold, counted as the loader counts them. */
  public static int sampleCount() {
    try (Stream<Path> files = Files.list(Path.of("campaigns"))) {
      return (int)
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".yaml") && !name.startsWith("_"))
              .filter(name -> !name.endsWith(".test.yaml"))
              .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path copyOfSamples(Path dir) {
    try (Stream<Path> files = Files.list(Path.of("campaigns"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
