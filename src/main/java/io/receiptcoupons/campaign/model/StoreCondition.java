package io.receiptcoupons.campaign.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The checkout happens at one of these stores. */
public record StoreCondition(
    @NotNull @Size(min = 1, max = 500)
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}") String> ids) {}
