package io.receiptcoupons.api;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.preview.CouponPreview;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For campaign managers: a live campaign's coupon rendered as the till will print it. */
@Path("/v1/campaigns/{id}/preview.png")
@Tag(name = "campaigns", description = "Campaign managers: the live ruleset and campaign results")
@RolesAllowed(Roles.CAMPAIGN_MANAGER)
public class CampaignPreviewResource {

  private final CouponPreview preview;

  CampaignPreviewResource(CouponPreview preview) {
    this.preview = preview;
  }

  @GET
  @Produces("image/png")
  @Operation(
      operationId = "previewCoupon",
      description = "Role `campaign-manager`.",
      summary =
          "The coupon at the receipt width (coupons.receipt.columns), with its QR code and a"
              + " sample code that never redeems")
  @APIResponse(responseCode = "200", description = "The PNG")
  @APIResponse(responseCode = "400", description = "The id is malformed")
  @APIResponse(responseCode = "404", description = "No live campaign with this id")
  public byte[] preview(
      @PathParam("id") @Pattern(regexp = Campaign.ID, message = "must be a campaign id")
          String id) {
    return preview.ofLive(id).orElseThrow(() -> new NotFoundException("no live campaign " + id));
  }
}
