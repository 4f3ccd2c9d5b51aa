package io.receiptcoupons.api;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.preview.CouponPreview;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** For campaign managers: a live campaign's coupon rendered as the till will print it. */
@Path("/v1/campaigns/{id}/preview.png")
public class CampaignPreviewResource {

  private final CouponPreview preview;

  CampaignPreviewResource(CouponPreview preview) {
    this.preview = preview;
  }

  @GET
  @Produces("image/png")
  @Operation(
      summary =
          "The coupon at the receipt width (coupons.receipt.columns), with its QR code and a"
              + " sample code that never redeems")
  public byte[] preview(
      @PathParam("id") @Pattern(regexp = Campaign.ID, message = "must be a campaign id")
          String id) {
    return preview.ofLive(id).orElseThrow(() -> new NotFoundException("no live campaign " + id));
  }
}
