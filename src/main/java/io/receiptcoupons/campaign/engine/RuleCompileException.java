package io.receiptcoupons.campaign.engine;

/** The generated DRL did not compile; a bug in the templates, never in a campaign file. */
public class RuleCompileException extends RuntimeException {
  public RuleCompileException(String message) {
    super(message);
  }
}
