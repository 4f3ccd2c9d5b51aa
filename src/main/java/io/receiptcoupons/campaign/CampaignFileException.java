package io.receiptcoupons.campaign;

import java.util.List;
import java.util.stream.Collectors;

/** The campaign files have errors; nothing from them was loaded. */
public class CampaignFileException extends RuntimeException {
  private final transient List<CampaignError> errors;

  public CampaignFileException(List<CampaignError> errors) {
    super(
        "Invalid campaign files:\n"
            + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<CampaignError> errors() {
    return errors;
  }
}
