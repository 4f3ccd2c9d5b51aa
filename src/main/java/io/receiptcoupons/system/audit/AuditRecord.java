package io.receiptcoupons.system.audit;

import java.time.Instant;

/**
 * One audited action: who (the credential's subject), what, on which target (a member pseudonym,
 * never a card number), when, and whether it succeeded.
 */
public record AuditRecord(
    long seq,
    Instant at,
    String subject,
    String action,
    String target,
    Outcome outcome,
    String detail) {

  /** Whether the action took effect. */
  public enum Outcome {
    SUCCESS,
    FAILURE
  }
}
