package io.receiptcoupons.api;

import io.receiptcoupons.explain.Eligibility;
import io.receiptcoupons.explain.EligibilityRequest;
import io.receiptcoupons.explain.EligibilityService;
import io.receiptcoupons.system.BadInputException;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Support API: why a member would or would not get each campaign's coupon. */
@Path("/v1/members/{memberId}/eligibility")
@Tag(name = "eligibility", description = "Support: why a member would or would not get a coupon")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CAMPAIGN_MANAGER)
public class EligibilityResource {

  private static final String CARD = "[0-9A-Za-z-]{1,32}";
  private static final String STORE = "[A-Za-z0-9_.-]{1,32}";
  private final EligibilityService service;

  EligibilityResource(EligibilityService service) {
    this.service = service;
  }

  @GET
  @Operation(
      operationId = "explainEligibility",
      summary = "Each campaign: eligible or not, each condition's values, what blocks it",
      description = "Role `campaign-manager`. Nothing is recorded.")
  @APIResponse(responseCode = "200", description = "Each campaign's verdict")
  @APIResponse(responseCode = "400", description = "A bad memberId, at or store")
  public Eligibility get(
      @PathParam("memberId") @Pattern(regexp = CARD) String memberId,
      @QueryParam("at") String at,
      @QueryParam("store") @Pattern(regexp = STORE, message = "must be 1-32 of A-Za-z0-9_.-")
          String store) {
    return service.explain(memberId, instant(at), store, List.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "explainEligibilityForBasket",
      summary = "The same, as if the member checked out this basket (nothing is recorded)",
      description = "Role `campaign-manager`. Nothing is recorded.")
  @APIResponse(responseCode = "200", description = "Each campaign's verdict")
  @APIResponse(responseCode = "400", description = "Invalid request: each bad field is named")
  public Eligibility post(
      @PathParam("memberId") @Pattern(regexp = CARD) String memberId,
      @NotNull(message = "a JSON body is required") @Valid EligibilityRequest request) {
    Instant at = request.at() == null ? Instant.now() : request.at().toInstant();
    return service.explain(memberId, at, request.storeId(), request.items());
  }

  private static Instant instant(String at) {
    if (at == null || at.isBlank()) {
      return Instant.now();
    }
    try {
      // An unencoded '+' in a query string arrives as a space.
      return OffsetDateTime.parse(at.trim().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInputException("at", "must be an instant like 2026-11-23T10:15:30+09:00");
    }
  }
}
