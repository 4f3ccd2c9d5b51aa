package io.receiptcoupons.api;

import io.receiptcoupons.campaign.CampaignFileException;
import io.receiptcoupons.campaign.RulesetService;
import io.receiptcoupons.campaign.RulesetView;
import io.receiptcoupons.system.Problem;
import io.receiptcoupons.system.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Operators' view of the live ruleset, and the reload that publishes campaigns/ without a deploy.
 */
@Path("/v1/rulesets")
@Tag(name = "campaigns", description = "Campaign managers: the live ruleset and campaign results")
@RolesAllowed(Roles.CAMPAIGN_MANAGER)
public class RulesetResource {

  private final RulesetService service;

  RulesetResource(RulesetService service) {
    this.service = service;
  }

  @GET
  @Path("current")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getCurrentRuleset",
      summary = "The live ruleset: version, campaigns and their status, last reload failure",
      description = "Role `campaign-manager`.")
  public RulesetView current() {
    return service.current();
  }

  @POST
  @Path("reload")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reloadRuleset",
      summary = "Compile campaigns/ and swap it in; on any error the old ruleset serves on",
      description = "Role `campaign-manager`. Each error's field is `file:line:path`.")
  @APIResponse(
      responseCode = "200",
      description = "The ruleset now live (unchanged if no file changed)")
  @APIResponse(responseCode = "422", description = "Campaign errors by file, line and field")
  public RulesetView reload() {
    return service.reload();
  }

  @ServerExceptionMapper
  public Response invalidCampaigns(CampaignFileException e) {
    var errors =
        e.errors().stream()
            .map(
                x ->
                    new Problem.FieldError(x.file() + ":" + x.line() + ":" + x.path(), x.message()))
            .toList();
    return new Problem(
            "about:blank",
            "Unprocessable Content",
            422,
            "The campaign files have errors; the previous ruleset keeps serving.",
            errors)
        .toResponse();
  }
}
