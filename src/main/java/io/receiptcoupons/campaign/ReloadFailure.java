package io.receiptcoupons.campaign;

import java.time.Instant;
import java.util.List;

/** The last reload that failed: when, why, and each file error; the old ruleset kept serving. */
public record ReloadFailure(Instant at, String message, List<CampaignError> errors) {}
