package io.receiptcoupons.campaign.engine;

/** This checkout's totals for one product-set slot; inserted only when the basket has it. */
public record BasketFact(int slot, int quantity, long spend, MemberFact member) {}
