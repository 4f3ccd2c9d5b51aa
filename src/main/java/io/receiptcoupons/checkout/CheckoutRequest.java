package io.receiptcoupons.checkout;

import io.receiptcoupons.product.LineItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One checkout as the POS sends it. */
public record CheckoutRequest(
    @Schema(description = "Unique per receipt; retries reuse it", example = "S0012-T03-000123")
        @NotNull
        @Pattern(regexp = TRANSACTION_ID, message = TRANSACTION_ID_MESSAGE)
        String transactionId,
    @Schema(description = "Card number; absent when no card was shown", example = "9800000000001")
        @Pattern(regexp = "[0-9A-Za-z-]{1,32}", message = "must be 1-32 letters, digits or -")
        String memberId,
    @Schema(example = "S0012") @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String storeId,
    @Schema(example = "T03") @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String terminalId,
    @Schema(description = "ISO-8601 with offset", example = "2026-11-23T10:15:30+09:00") @NotNull
        OffsetDateTime occurredAt,
    @NotNull @Size(min = 1, max = MAX_ITEMS) List<@NotNull @Valid LineItem> items) {

  public static final String TRANSACTION_ID = "[A-Za-z0-9._:-]{1,64}";
  public static final String TRANSACTION_ID_MESSAGE = "must be 1-64 of A-Za-z0-9._:-";
  static final String ID = "[A-Za-z0-9_.-]{1,32}";
  static final String ID_MESSAGE = "must be 1-32 of A-Za-z0-9_.-";
  static final int MAX_ITEMS = 200;
}
