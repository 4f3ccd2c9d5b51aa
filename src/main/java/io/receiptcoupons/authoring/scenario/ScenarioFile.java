package io.receiptcoupons.authoring.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A scenario file, campaigns/ID.test.yaml: scenarios for the campaign ID, run on all campaigns. */
public record ScenarioFile(
    @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Scenario> scenarios) {}
