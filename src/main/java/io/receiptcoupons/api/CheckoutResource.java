package io.receiptcoupons.api;

import io.receiptcoupons.checkout.CheckoutRequest;
import io.receiptcoupons.checkout.CheckoutResponse;
import io.receiptcoupons.checkout.CheckoutService;
import io.receiptcoupons.checkout.CheckoutVoids;
import io.receiptcoupons.checkout.VoidResponse;
import io.receiptcoupons.system.Problem;
import io.receiptcoupons.system.security.Caller;
import io.receiptcoupons.system.security.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The POS API: one call per checkout. */
@Path("/v1/checkouts")
@Tag(name = "checkout", description = "The POS: checkouts and voids")
@RolesAllowed(Roles.POS)
public class CheckoutResource {

  private final CheckoutService service;
  private final CheckoutVoids voids;
  private final Caller caller;

  CheckoutResource(CheckoutService service, CheckoutVoids voids, Caller caller) {
    this.service = service;
    this.voids = voids;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createCheckout",
      summary = "Record a checkout and get the coupons to print, in print order",
      description = "Role `pos`, for the credential's own store only.")
  @APIResponse(
      responseCode = "200",
      description =
          "Coupons to print; a retry replays the same answer. Degraded (no coupons, nothing"
              + " recorded) past the deadline or when overloaded")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid request (application/problem+json naming each bad field, e.g."
              + " items[3].quantity); nothing is recorded. A wrong line item refuses the whole"
              + " receipt on purpose: a till that sends one has a bug (or an unsupported measured"
              + " item), dropping the line would count the purchase wrongly and print coupons the"
              + " shopper did not earn, and a 400 is seen and fixed where a silent drop is not."
              + " Measured items (quantity with unit) removed the common real-world cause.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "transactionId already used with another body")
  @APIResponse(responseCode = "403", description = "A till key for another store or terminal")
  public CompletionStage<CheckoutResponse> checkout(
      @Context RoutingContext http,
      @NotNull(message = "a JSON body is required") @Valid CheckoutRequest request) {
    // Checked before the service is called, so that a cross-store checkout changes nothing.
    caller.stores().require(request.storeId(), request.terminalId());
    return service.checkout(request, Arrival.of(http));
  }

  @POST
  @Path("{transactionId}/void")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "voidCheckout",
      summary = "Void a checkout: reverse its history counts and cancel its unredeemed coupons",
      description = "Role `pos`, for the credential's own store only.")
  @APIResponse(responseCode = "200", description = "Voided; a retry replays the same answer")
  @APIResponse(responseCode = "400", description = "The transactionId is malformed")
  @APIResponse(responseCode = "404", description = "No checkout with this transactionId")
  @APIResponse(responseCode = "403", description = "The checkout was recorded at another store")
  public VoidResponse voidCheckout(
      @PathParam("transactionId")
          @Pattern(
              regexp = CheckoutRequest.TRANSACTION_ID,
              message = CheckoutRequest.TRANSACTION_ID_MESSAGE)
          String transactionId) {
    return voids.voidCheckout(transactionId, caller.stores());
  }
}
