package io.receiptcoupons.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.receiptcoupons.system.JsonErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.AssertTrue;
import java.nio.file.Path;

/** Parser and validator errors of a campaign file, as file, line, field path and message. */
final class ParseErrors {
  private ParseErrors() {}

  // The parser's own location can be a token past the culprit; the path pins the exact key.
  static CampaignError of(Path file, JsonProcessingException e, YamlLines lines) {
    String path = JsonErrors.path(e);
    int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    return new CampaignError(
        file.toString(),
        path.isEmpty() || !lines.parsed() ? line : lines.lineOf(path),
        path,
        JsonErrors.describe(e));
  }

  // A cross-field check (an @AssertTrue "isX" method) is about its object, so name the object.
  static String path(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "");
    boolean crossField = v.getConstraintDescriptor().getAnnotation() instanceof AssertTrue;
    return crossField ? path.replaceFirst("\\.?[A-Za-z]+$", "") : path;
  }
}
