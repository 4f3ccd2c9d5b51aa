package io.receiptcoupons.campaign.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The member is on the list a partner company supplied for one agreed job; the list is read only
 * while the job runs, and a campaign may use one partner's data only.
 */
public record PartnerCondition(
    @NotNull @Pattern(regexp = Campaign.ID) String partner,
    @NotNull @Pattern(regexp = Campaign.ID) String job) {

  /** The list's key, "partner/job". */
  public String key() {
    return partner + "/" + job;
  }
}
