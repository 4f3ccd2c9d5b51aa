package io.receiptcoupons.api;

import io.receiptcoupons.system.security.Roles;
import io.receiptcoupons.system.store.StoreBackup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the running service: an online backup of the embedded store. */
@Path("/v1/admin")
@Tag(name = "operations", description = "Admins: backups of the embedded store")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

  private final StoreBackup backups;

  AdminResource(StoreBackup backups) {
    this.backups = backups;
  }

  @POST
  @Path("backup")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "backupStore",
      summary = "Write a consistent copy of the embedded store while checkouts continue",
      description = "Role `admin`.")
  @APIResponse(responseCode = "200", description = "The file written (coupons.store.backup-dir)")
  @APIResponse(responseCode = "409", description = "Redis mode: back up Redis's own files")
  public StoreBackup.Copy backup() {
    return backups.backup();
  }
}
