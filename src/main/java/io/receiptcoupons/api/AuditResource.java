package io.receiptcoupons.api;

import io.receiptcoupons.system.audit.AuditLog;
import io.receiptcoupons.system.audit.AuditPage;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins read the audit trail: who erased, opted out, loaded or reloaded what, and when. */
@Path("/v1/audit")
@Tag(name = "audit", description = "Admins: who changed what, when")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

  private final AuditLog audit;

  AuditResource(AuditLog audit) {
    this.audit = audit;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "readAuditLog",
      summary = "Audit records after a sequence number, oldest first; next names the page",
      description = "Role `admin`.")
  @APIResponse(responseCode = "200", description = "One page of records")
  @APIResponse(responseCode = "400", description = "A bad after or limit")
  public AuditPage page(
      @QueryParam("after") @DefaultValue("0") @Min(0) long after,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    return audit.page(after, limit);
  }
}
