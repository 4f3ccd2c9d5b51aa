package io.receiptcoupons.system;

/** The request clashes with what the service already recorded under the same id. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
