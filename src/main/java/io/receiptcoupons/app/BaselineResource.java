package io.receiptcoupons.app;

import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.checkout.CheckoutRequest;
import io.receiptcoupons.checkout.CheckoutResponse;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The HTTP limit for the service benchmarks: a checkout's request and a fixed answer, no work. */
@Path("/v1/bench/fixed-checkout")
@RolesAllowed(Roles.POS)
public class BaselineResource {

  static final String VERSION = "baseline";
  // A coupon of realistic size, so that the baseline writes as much JSON as a real answer.
  static final List<Coupon> FIXED =
      List.of(
          new Coupon(
              "baseline",
              "0123456789ABCDEFGHJKMNPQRSTVW",
              "20% off a new tea",
              List.of("Thank you for loving tea!", "20% off Acme Uji Sencha 100g"),
              new Offer(Offer.Type.PERCENT_OFF, 20L),
              new ProductSet(null, null, List.of("4901234000011")),
              LocalDate.of(2026, 11, 23),
              LocalDate.of(2026, 12, 6),
              new Coupon.Barcode("QR", "0123456789ABCDEFGHJKMNPQRSTVW")));

  private final BenchConfig config;

  BaselineResource(BenchConfig config) {
    this.config = config;
  }

  /** Validates the body as a checkout does; 404 unless coupons.bench.baseline-enabled is set. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public CheckoutResponse fixedCheckout(
      @NotNull(message = "a JSON body is required") @Valid CheckoutRequest request) {
    if (!config.baselineEnabled()) {
      throw new NotFoundException();
    }
    return new CheckoutResponse(request.transactionId(), VERSION, FIXED);
  }
}
