package io.receiptcoupons.issuance;

import io.receiptcoupons.system.Hmac;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keyed, deterministic draws: a retry gets the same decision, a member stays in or out of a
 * holdout, and nobody without the secret can predict either.
 */
@ApplicationScoped
public class Draws {

  private final Hmac hmac;

  Draws(ProgrammeConfig programme) {
    this.hmac = new Hmac(programme.secret());
  }

  /** True when the member is in the campaign's holdout: stable per (campaign, member). */
  public boolean heldOut(String campaignId, String member, double fraction) {
    return fraction > 0 && hmac.draw("holdout:" + campaignId + ":" + member) < fraction;
  }

  /** True when this checkout wins the campaign's draw: stable per (campaign, transaction). */
  public boolean drawn(String campaignId, String transactionId, double probability) {
    return probability >= 1 || hmac.draw("issue:" + campaignId + ":" + transactionId) < probability;
  }
}
