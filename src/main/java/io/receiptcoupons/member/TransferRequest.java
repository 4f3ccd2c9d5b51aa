package io.receiptcoupons.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The card that replaces the one in the path. */
public record TransferRequest(
    @NotNull(message = "give the new card number")
        @Pattern(regexp = "[0-9A-Za-z-]{1,32}", message = "must be a card number")
        String to) {}
