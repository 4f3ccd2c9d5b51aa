package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The benefit: yen off, percent off, bonus points, or an item free. */
public record Offer(@NotNull Type type, @NotNull @Positive Long value) {

  /** Kinds of offer; value is yen, percent, points or units respectively. */
  @Schema(name = "OfferType")
  public enum Type {
    @JsonProperty("amount-off")
    AMOUNT_OFF,
    @JsonProperty("percent-off")
    PERCENT_OFF,
    @JsonProperty("bonus-points")
    BONUS_POINTS,
    @JsonProperty("free-item")
    FREE_ITEM
  }

  @JsonIgnore
  @AssertTrue(message = "percent-off value must be 1-100")
  public boolean isPercentInRange() {
    return type != Type.PERCENT_OFF || value == null || value <= 100;
  }
}
