package io.receiptcoupons.campaign.engine;

/** A (basket key, metric, at-least n) threshold this basket reached; see SlotTable. */
public record BasketFact(int id, MemberFact member) {}
