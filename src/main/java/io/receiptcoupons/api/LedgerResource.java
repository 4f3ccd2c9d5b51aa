package io.receiptcoupons.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.receiptcoupons.ledger.LedgerExport;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exports the ledger: every issue, holdout, skip, redemption, void and conversion. */
@Path("/v1/ledger")
@RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_MANAGER})
public class LedgerResource {

  private final LedgerExport export;
  private final SecurityIdentity identity;

  LedgerResource(LedgerExport export, SecurityIdentity identity) {
    this.export = export;
    this.identity = identity;
  }

  @GET
  @Operation(
      summary =
          "Export ledger events after a sequence number, as JSON Lines or CSV; without the"
              + " member column unless the caller is an admin")
  public Response export(
      @QueryParam("format")
          @DefaultValue("jsonl")
          @Pattern(regexp = "jsonl|csv", message = "must be jsonl or csv")
          String format,
      @QueryParam("after") @DefaultValue("0") @Min(0) long after) {
    boolean csv = format.equals("csv");
    boolean members = identity.hasRole(Roles.ADMIN);
    StreamingOutput body = out -> export.write(after, csv, members, out);
    return Response.ok(body, csv ? "text/csv" : "application/jsonl").build();
  }
}
