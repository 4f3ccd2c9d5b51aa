package io.receiptcoupons.redemption;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.product.ProductSet;

/** Accepted with the offer to apply, or rejected with the reason to show at the till. */
public record RedemptionResponse(
    String code,
    boolean accepted,
    Reason reason,
    String campaignId,
    Offer offer,
    ProductSet appliesTo) {

  /** Why a code was refused. */
  public enum Reason {
    @JsonProperty("unknown-or-forged")
    UNKNOWN_OR_FORGED,
    @JsonProperty("expired")
    EXPIRED,
    @JsonProperty("not-yet-valid")
    NOT_YET_VALID,
    @JsonProperty("already-redeemed")
    ALREADY_REDEEMED,
    @JsonProperty("wrong-products")
    WRONG_PRODUCTS,
    @JsonProperty("voided")
    VOIDED;

    /** The ledger's spelling of the reason. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  static RedemptionResponse rejected(String code, Reason reason, String campaignId) {
    return new RedemptionResponse(code, false, reason, campaignId, null, null);
  }
}
