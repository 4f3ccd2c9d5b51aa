package io.receiptcoupons.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the basket. Prices are yen, integers. */
public record LineItem(
    @Schema(description = "JAN/EAN or store SKU", example = "4901234567894")
        @NotNull
        @Pattern(regexp = ProductSet.SKU, message = "must be 1-64 of A-Za-z0-9_.-")
        String sku,
    @Schema(
            description = "Category path from the product master",
            example = "beverages/tea/green-tea")
        @NotNull
        @Pattern(
            regexp = ProductSet.CATEGORY,
            message = "must be a path like beverages/tea/green-tea")
        String category,
    @Schema(example = "acme")
        @Pattern(regexp = ProductSet.BRAND, message = "must be 1-64 plain characters")
        String brand,
    @Schema(example = "2") @NotNull @Min(1) @Max(9999) Integer quantity,
    @Schema(example = "150") @NotNull @Min(0) @Max(100_000_000) Long unitPrice) {}
