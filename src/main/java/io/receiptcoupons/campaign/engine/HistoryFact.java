package io.receiptcoupons.campaign.engine;

/**
 * "The member's history reached this threshold": one (history key, window, metric, at-least n) that
 * some rule tests, interned by {@link SlotTable}. Inserted only when reached.
 */
public record HistoryFact(int id, MemberFact member) {}
