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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Exports the ledger: every issue, holdout, skip, redemption, void and conversion. */
@Path("/v1/ledger")
@Tag(name = "ledger", description = "Every issue, holdout, skip, redemption, void and conversion")
@RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_MANAGER})
public class LedgerResource {

  private static final String FIELDS =
      "seq, kind (issued, held-out, skipped, redeemed, rejected, voided, converted), at, campaignId,"
          + " member (a pseudonym), storeId, transactionId, code, detail, day, rulesetVersion";
  static final String LEDGER_JSONL = "JSON Lines: one event object per line, with " + FIELDS;
  static final String LEDGER_CSV =
      "CSV: the header row seq,kind,at,campaign_id,member,store_id,transaction_id,code,detail,day,"
          + "ruleset_version, then one event per row";
  private final LedgerExport export;
  private final SecurityIdentity identity;

  LedgerResource(LedgerExport export, SecurityIdentity identity) {
    this.export = export;
    this.identity = identity;
  }

  @GET
  @Operation(
      operationId = "exportLedger",
      summary = "Export ledger events after a sequence number, as JSON Lines or CSV",
      description = "Role `admin` for every column; `campaign-manager` without member columns.")
  @APIResponse(
      responseCode = "200",
      description = "One event per line, in sequence order",
      content = {
        @Content(
            mediaType = "application/jsonl",
            schema = @Schema(type = SchemaType.STRING, description = LEDGER_JSONL)),
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, description = LEDGER_CSV))
      })
  @APIResponse(responseCode = "400", description = "A bad format or after")
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
