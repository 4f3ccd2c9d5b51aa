package io.receiptcoupons.campaign.engine;

/** The naive peer's fact: a member's totals for one (key, window) or basket slot. */
public record CountFact(MemberFact member, int slot, int times, int quantity, long spend) {}
