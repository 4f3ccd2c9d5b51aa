package io.receiptcoupons.campaign;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The live ruleset as operators see it: version, campaigns and their status, last failure. */
public record RulesetView(
    String version,
    Instant loadedAt,
    List<CampaignStatus> campaigns,
    @Schema(nullable = true) ReloadFailure lastReloadFailure) {

  /** One campaign and where it stands now. */
  public record CampaignStatus(
      String id, String name, String sponsor, int priority, Status status) {}

  /** Where a campaign stands: before, in, between or after its schedule, or out of budget. */
  @Schema(name = "CampaignState")
  public enum Status {
    @com.fasterxml.jackson.annotation.JsonProperty("scheduled")
    SCHEDULED,
    @com.fasterxml.jackson.annotation.JsonProperty("live")
    LIVE,
    @com.fasterxml.jackson.annotation.JsonProperty("paused")
    PAUSED,
    @com.fasterxml.jackson.annotation.JsonProperty("ended")
    ENDED,
    @com.fasterxml.jackson.annotation.JsonProperty("budget-exhausted")
    BUDGET_EXHAUSTED
  }
}
