package io.receiptcoupons.explain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One predicate of a campaign's conditions: whether it held, the actual value, what it needs. */
public record Check(
    String condition,
    boolean passed,
    @Schema(nullable = true) String actual,
    @Schema(nullable = true) String needs) {}
