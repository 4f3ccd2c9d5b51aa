package io.receiptcoupons.coupon;

import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.product.ProductSet;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One coupon to print on the receipt. validUntil is the last valid local date. */
public record Coupon(
    String campaignId,
    String code,
    String title,
    List<String> lines,
    Offer offer,
    @Schema(nullable = true) ProductSet appliesTo,
    LocalDate validFrom,
    LocalDate validUntil,
    Barcode barcode) {

  /** What the printer encodes: the symbology and the exact payload. */
  public record Barcode(String symbology, String payload) {}
}
