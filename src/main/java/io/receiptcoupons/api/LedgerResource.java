package io.receiptcoupons.api;

import io.receiptcoupons.ledger.LedgerExport;
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
public class LedgerResource {

  private final LedgerExport export;

  LedgerResource(LedgerExport export) {
    this.export = export;
  }

  @GET
  @Operation(summary = "Export ledger events after a sequence number, as JSON Lines or CSV")
  public Response export(
      @QueryParam("format")
          @DefaultValue("jsonl")
          @Pattern(regexp = "jsonl|csv", message = "must be jsonl or csv")
          String format,
      @QueryParam("after") @DefaultValue("0") @Min(0) long after) {
    boolean csv = format.equals("csv");
    StreamingOutput body = out -> export.write(after, csv, out);
    return Response.ok(body, csv ? "text/csv" : "application/jsonl").build();
  }
}
