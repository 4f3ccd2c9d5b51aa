package io.receiptcoupons.api;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.partner.PartnerJob;
import io.receiptcoupons.partner.PartnerListRequest;
import io.receiptcoupons.partner.PartnerService;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for lists a partner company supplies for an agreed job. */
@Path("/v1/partners/{partner}/jobs")
@Tag(name = "partners", description = "Admin: member lists partner companies supply")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PartnerResource {

  private final PartnerService service;

  PartnerResource(PartnerService service) {
    this.service = service;
  }

  @PUT
  @Path("/{job}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putPartnerJob",
      summary = "Load (or replace) a partner's member list for a job, kept until it ends",
      description = "Role `admin`.")
  @APIResponse(responseCode = "200", description = "The job as now held")
  @APIResponse(responseCode = "400", description = "Invalid request: each bad field is named")
  public PartnerJob put(
      @PathParam("partner") @Pattern(regexp = Campaign.ID) String partner,
      @PathParam("job") @Pattern(regexp = Campaign.ID) String job,
      @NotNull(message = "a JSON body is required") @Valid PartnerListRequest request) {
    return service.replace(partner, job, request);
  }

  @GET
  @Operation(
      operationId = "listPartnerJobs",
      summary = "A partner's jobs: end date and list size, never the members",
      description = "Role `admin`.")
  @APIResponse(responseCode = "200", description = "The partner's jobs")
  @APIResponse(responseCode = "400", description = "The partner is malformed")
  public List<PartnerJob> jobs(
      @PathParam("partner") @Pattern(regexp = Campaign.ID) String partner) {
    return service.jobs(partner);
  }

  @DELETE
  @Path("/{job}")
  @Operation(
      operationId = "deletePartnerJob",
      summary = "Delete a partner job's list now, e.g. when the agreement is cancelled",
      description = "Role `admin`.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", description = "The partner or job is malformed")
  @APIResponse(responseCode = "404", description = "No such job for this partner")
  public void delete(
      @PathParam("partner") @Pattern(regexp = Campaign.ID) String partner,
      @PathParam("job") @Pattern(regexp = Campaign.ID) String job) {
    if (!service.delete(partner, job)) {
      throw new NotFoundException("no job " + job + " for partner " + partner);
    }
  }
}
