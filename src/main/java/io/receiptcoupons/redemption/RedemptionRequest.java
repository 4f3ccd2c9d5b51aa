package io.receiptcoupons.redemption;

import io.receiptcoupons.product.LineItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A till scanning a coupon: the code, where, in which transaction, and the basket it pays. */
public record RedemptionRequest(
    @Schema(description = "As printed; dashes, spaces and lower case are accepted")
        @NotBlank
        @Size(max = 64)
        String code,
    @Schema(example = "S0012") @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String storeId,
    @Schema(description = "The redeeming receipt; retries reuse it", example = "S0012-T01-000987")
        @NotNull
        @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1-64 of A-Za-z0-9._:-")
        String transactionId,
    @Schema(description = "When the till scanned it; defaults to the time the engine receives it")
        OffsetDateTime occurredAt,
    @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid LineItem> items) {

  static final String ID = "[A-Za-z0-9_.-]{1,32}";
  static final String ID_MESSAGE = "must be 1-32 of A-Za-z0-9_.-";
}
