package io.receiptcoupons.checkout;

import java.time.Instant;
import java.util.List;

/** A voided checkout: the coupons cancelled, and those already redeemed and so kept. */
public record VoidResponse(
    String transactionId, Instant voidedAt, List<String> cancelled, List<String> alreadyRedeemed) {}
