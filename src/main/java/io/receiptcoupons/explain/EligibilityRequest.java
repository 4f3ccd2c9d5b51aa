package io.receiptcoupons.explain;

import io.receiptcoupons.product.LineItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** A "what if": the member checking out this basket at this store and time (default now). */
public record EligibilityRequest(
    OffsetDateTime at,
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}", message = "must be 1-32 of A-Za-z0-9_.-")
        String storeId,
    @Size(max = 200) List<@NotNull @Valid LineItem> items) {

  public EligibilityRequest {
    items = items == null ? List.of() : items;
  }
}
