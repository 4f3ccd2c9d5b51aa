package io.receiptcoupons.campaign.engine;

/** The member's totals for one (product set, window) slot; inserted only when times > 0. */
public record HistoryFact(int slot, int times, int quantity, long spend, MemberFact member) {}
