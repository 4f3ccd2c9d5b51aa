package io.receiptcoupons.api;

import io.receiptcoupons.checkout.CheckoutRequest;
import io.receiptcoupons.checkout.CheckoutResponse;
import io.receiptcoupons.checkout.CheckoutService;
import io.receiptcoupons.checkout.CheckoutVoids;
import io.receiptcoupons.checkout.VoidResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The POS API: one call per checkout. */
@Path("/v1/checkouts")
public class CheckoutResource {

  private final CheckoutService service;
  private final CheckoutVoids voids;

  CheckoutResource(CheckoutService service, CheckoutVoids voids) {
    this.service = service;
    this.voids = voids;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a checkout and get the coupons to print, in print order")
  @APIResponse(
      responseCode = "200",
      description = "Coupons to print; a retry replays the same answer")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid request (application/problem+json naming each bad field, e.g."
              + " items[3].quantity); nothing is recorded. A wrong line item refuses the whole"
              + " receipt on purpose: a till that sends one has a bug (or an unsupported measured"
              + " item), dropping the line would count the purchase wrongly and print coupons the"
              + " shopper did not earn, and a 400 is seen and fixed where a silent drop is not."
              + " Measured items (quantity with unit) removed the common real-world cause.")
  @APIResponse(responseCode = "409", description = "transactionId already used with another body")
  public CheckoutResponse checkout(
      @NotNull(message = "a JSON body is required") @Valid CheckoutRequest request) {
    return service.checkout(request);
  }

  @POST
  @Path("{transactionId}/void")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Void a checkout: reverse its history counts and cancel its unredeemed coupons")
  @APIResponse(responseCode = "200", description = "Voided; a retry replays the same answer")
  @APIResponse(responseCode = "404", description = "No checkout with this transactionId")
  public VoidResponse voidCheckout(
      @PathParam("transactionId")
          @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1-64 of A-Za-z0-9._:-")
          String transactionId) {
    return voids.voidCheckout(transactionId);
  }
}
