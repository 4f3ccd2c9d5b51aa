package io.receiptcoupons.explain;

/** One predicate of a campaign's conditions: whether it held, the actual value, what it needs. */
public record Check(String condition, boolean passed, String actual, String needs) {}
