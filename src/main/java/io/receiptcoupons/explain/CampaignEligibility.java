package io.receiptcoupons.explain;

import java.util.List;

/**
 * One campaign for one member: whether its conditions hold, each predicate's values, and what would
 * still stop a coupon (schedule, per-member caps, budget), empty when nothing would.
 */
public record CampaignEligibility(
    String campaignId,
    String name,
    boolean eligible,
    List<Check> conditions,
    List<String> blockedBy) {}
