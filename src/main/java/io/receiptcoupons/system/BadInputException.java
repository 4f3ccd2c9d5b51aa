package io.receiptcoupons.system;

import java.util.List;

/** Input that passed the schema but not the service's own checks. */
public class BadInputException extends RuntimeException {
  private final transient List<Problem.FieldError> errors;

  public BadInputException(String field, String message) {
    super("The request has invalid fields.");
    this.errors = List.of(new Problem.FieldError(field, message));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
