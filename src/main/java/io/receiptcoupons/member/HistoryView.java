package io.receiptcoupons.member;

import io.receiptcoupons.product.Totals;
import java.time.LocalDate;
import java.util.Map;

/** A member's totals per history key over a window ending on a local date. */
public record HistoryView(LocalDate through, int days, Map<String, Totals> totals) {}
