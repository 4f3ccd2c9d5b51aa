package io.receiptcoupons.explain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Why a member would or would not get each live campaign's coupon at one instant. */
public record Eligibility(
    String memberId,
    Instant at,
    LocalDate localDate,
    String storeId,
    boolean optedOut,
    String rulesetVersion,
    List<CampaignEligibility> campaigns) {}
