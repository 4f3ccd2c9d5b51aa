package io.receiptcoupons.api;

import io.receiptcoupons.redemption.RedemptionRequest;
import io.receiptcoupons.redemption.RedemptionResponse;
import io.receiptcoupons.redemption.RedemptionService;
import io.receiptcoupons.system.security.Caller;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The till's redemption call: is this coupon good for this basket, once? */
@Path("/v1/redemptions")
@Tag(name = "redemption", description = "The till: redeeming a coupon code")
@RolesAllowed(Roles.POS)
public class RedemptionResource {

  private final RedemptionService service;
  private final Caller caller;

  RedemptionResource(RedemptionService service, Caller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "redeemCoupon",
      summary = "Redeem a coupon code: accepted exactly once, or rejected with a reason",
      description = "Role `pos`, for the credential's own store only.")
  @APIResponse(
      responseCode = "200",
      description = "accepted, or rejected with a reason; a retry replays the same answer")
  @APIResponse(responseCode = "400", description = "Invalid request: each bad field is named")
  @APIResponse(responseCode = "403", description = "A till key for another store")
  public RedemptionResponse redeem(
      @NotNull(message = "a JSON body is required") @Valid RedemptionRequest request) {
    // Checked before the service is called, so that a cross-store redemption changes nothing.
    caller.stores().require(request.storeId());
    return service.redeem(request);
  }
}
