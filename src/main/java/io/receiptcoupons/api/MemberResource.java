package io.receiptcoupons.api;

import io.receiptcoupons.member.CardTransfer;
import io.receiptcoupons.member.CardTransferred;
import io.receiptcoupons.member.HistoryView;
import io.receiptcoupons.member.MemberService;
import io.receiptcoupons.member.TransferRequest;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for member attributes, opt-outs, erasure and card replacement. */
@Path("/v1/members/{memberId}")
@Tag(
    name = "members",
    description = "Admin: member attributes, opt-out, erasure, history, card replacement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MemberResource {

  private static final String CARD = "[0-9A-Za-z-]{1,32}";
  private final MemberService service;
  private final CardTransfer transfers;

  MemberResource(MemberService service, CardTransfer transfers) {
    this.service = service;
    this.transfers = transfers;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putMember",
      summary = "Set a member's attributes (gender, birth date, area, join date, scores, opt-out)",
      description = "Role `admin`.")
  @APIResponse(responseCode = "200", description = "The attributes now held")
  @APIResponse(responseCode = "400", description = "Invalid request: each bad field is named")
  public MemberProfile put(
      @PathParam("memberId") @Pattern(regexp = CARD) String memberId,
      @NotNull(message = "a JSON body is required") @Valid MemberProfile profile) {
    service.put(memberId, profile);
    return profile;
  }

  @GET
  @Operation(
      operationId = "getMember",
      summary = "A member's attributes; an unknown member has none",
      description = "Role `admin`.")
  @APIResponse(responseCode = "200", description = "The member's attributes")
  @APIResponse(responseCode = "400", description = "The memberId is malformed")
  public MemberProfile get(@PathParam("memberId") @Pattern(regexp = CARD) String memberId) {
    return service.get(memberId);
  }

  @GET
  @Path("/history")
  @Operation(
      operationId = "getMemberHistory",
      summary = "A member's purchase totals per category, brand and product set over a window",
      description = "Role `admin`.")
  @APIResponse(responseCode = "200", description = "Totals per product key")
  @APIResponse(responseCode = "400", description = "A bad memberId, through or days")
  public HistoryView history(
      @PathParam("memberId") @Pattern(regexp = CARD) String memberId,
      @QueryParam("through") @NotNull(message = "give the last local date, e.g. 2026-11-23")
          LocalDate through,
      @QueryParam("days") @DefaultValue("90") @Min(1) @Max(400) int days) {
    return service.history(memberId, through, days);
  }

  @DELETE
  @Operation(
      operationId = "eraseMember",
      summary =
          "Erase a member: attributes, history, caps, unredeemed coupons (voided), follow-up,"
              + " partner-list entries and idempotency records",
      description = "Role `admin`.")
  @APIResponse(responseCode = "204", description = "Erased (also when nothing was held)")
  @APIResponse(responseCode = "400", description = "The memberId is malformed")
  public void erase(@PathParam("memberId") @Pattern(regexp = CARD) String memberId) {
    service.erase(memberId);
  }

  @POST
  @Path("/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "transferMember",
      summary =
          "Replace a card: move its profile, history, caps, unredeemed coupons, holdout, follow-up,"
              + " partner-list entries and opt-out to the new card, and retire it",
      description =
          "Role `admin`. Onto a card that already has history the two are merged (daily series"
              + " summed, caps counting both cards' coupons). Repeating a done transfer changes"
              + " nothing and answers the same.")
  @APIResponse(responseCode = "200", description = "Transferred; the old card is retired")
  @APIResponse(
      responseCode = "400",
      description = "A bad memberId or `to`, `to` the same card, or `to` a retired card")
  @APIResponse(responseCode = "404", description = "The old card was never seen")
  @APIResponse(responseCode = "409", description = "The old card was replaced by another card")
  public CardTransferred transfer(
      @PathParam("memberId") @Pattern(regexp = CARD) String memberId,
      @NotNull(message = "a JSON body is required") @Valid TransferRequest request) {
    return transfers
        .transfer(memberId, request.to())
        .orElseThrow(() -> new NotFoundException("This card was never seen"));
  }
}
