package io.receiptcoupons.campaign.engine;

/** A (history key, window, metric, at-least n) threshold the member reached; see SlotTable. */
public record HistoryFact(int id, MemberFact member) {}
