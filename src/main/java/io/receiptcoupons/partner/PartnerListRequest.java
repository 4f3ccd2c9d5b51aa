package io.receiptcoupons.partner;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A partner's list for one job: the card numbers on it and the last day the job runs. */
public record PartnerListRequest(
    @NotNull(message = "give the last day of the agreed job, e.g. 2027-03-31") LocalDate endsOn,
    @NotNull @Size(min = 1, max = 100_000)
        List<
                @NotNull
                @Pattern(
                    regexp = "[0-9A-Za-z-]{1,32}",
                    message = "must be 1-32 letters, digits or -")
                String>
            memberIds) {}
