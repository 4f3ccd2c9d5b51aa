package io.receiptcoupons.campaign.engine;

/**
 * "This basket reached this threshold": one (product set, metric, at-least n) that some rule tests,
 * interned by {@link SlotTable}. Inserted only when reached.
 */
public record BasketFact(int id, MemberFact member) {}
