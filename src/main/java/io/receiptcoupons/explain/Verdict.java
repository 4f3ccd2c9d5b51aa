package io.receiptcoupons.explain;

import java.util.List;

/** Whether a condition tree held, and the checks of its predicates, in file order. */
public record Verdict(boolean passed, List<Check> checks) {}
