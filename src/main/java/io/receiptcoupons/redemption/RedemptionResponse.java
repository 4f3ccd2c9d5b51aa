package io.receiptcoupons.redemption;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.product.ProductSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accepted with the offer to apply, or rejected with the reason to show at the till. */
public record RedemptionResponse(
    String code,
    boolean accepted,
    @Schema(nullable = true, description = "Why it was rejected; null when accepted") Reason reason,
    @Schema(nullable = true) String campaignId,
    @Schema(nullable = true, description = "The offer to apply; null when rejected") Offer offer,
    @Schema(nullable = true) ProductSet appliesTo) {

  /** Why a code was refused. */
  @Schema(name = "RejectionReason")
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
