package io.receiptcoupons.explain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a member would or would not get each live campaign's coupon at one instant. */
public record Eligibility(
    String memberId,
    Instant at,
    LocalDate localDate,
    @Schema(nullable = true) String storeId,
    boolean optedOut,
    @Schema(nullable = true) String rulesetVersion,
    List<CampaignEligibility> campaigns) {}
