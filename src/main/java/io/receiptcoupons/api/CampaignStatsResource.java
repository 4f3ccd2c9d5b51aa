package io.receiptcoupons.api;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.issuance.CampaignStatsService;
import io.receiptcoupons.ledger.CampaignStats;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Campaign managers' view of one campaign: its funnel, budget and lift. */
@Path("/v1/campaigns/{id}/stats")
@Tag(name = "campaigns", description = "Campaign managers: the live ruleset and campaign results")
public class CampaignStatsResource {

  private final CampaignStatsService service;

  CampaignStatsResource(CampaignStatsService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed(Roles.CAMPAIGN_MANAGER)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getCampaignStats",
      summary = "Counts, budget remaining, redemption rate and holdout lift of a campaign",
      description = "Role `campaign-manager`.")
  @APIResponse(responseCode = "200", description = "The campaign's stats")
  @APIResponse(responseCode = "400", description = "The id is not a campaign id")
  @APIResponse(responseCode = "404", description = "No live or remembered campaign with this id")
  public CampaignStats stats(
      @PathParam("id") @Pattern(regexp = Campaign.ID, message = "must be a campaign id")
          String id) {
    return service.stats(id);
  }
}
