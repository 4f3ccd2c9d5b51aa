package io.receiptcoupons.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The DRL header and rule template: from the rules folder when it has them, else the jar's. */
public final class RuleTemplates {

  public static final String HEADER = "header.drl";
  public static final String TEMPLATE = "campaign.drl.template";

  private RuleTemplates() {}

  /** Where a template is read from: the override file, or the jar's copy named as such. */
  public static String origin(Path rulesDir, String name) {
    Path file = rulesDir.resolve(name);
    return Files.isRegularFile(file) ? file.toString() : "rules/" + name + " (built in)";
  }

  public static String read(Path rulesDir, String name) {
    Path file = rulesDir.resolve(name);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
      try (InputStream in = RuleTemplates.class.getResourceAsStream("/rules/" + name)) {
        if (in == null) {
          throw new IllegalStateException("the jar has no rule template rules/" + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read rule template " + file, e);
    }
  }
}
