package io.receiptcoupons.coupon;

import java.time.LocalDate;

/** What a coupon code carries, so that any till can check it without a lookup. */
public record CodeFields(
    int keyId, int campaignTag, LocalDate validFrom, LocalDate validUntil, int serial) {}
