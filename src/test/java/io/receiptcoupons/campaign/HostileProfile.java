package io.receiptcoupons.campaign;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** A private copy of the sample campaigns for hostile files, and a campaign limit near it. */
public class HostileProfile extends PrivateSamplesProfile {

  static final Path DIR = Path.of("target", "hostile-campaigns-" + UUID.randomUUID());
  static final int MAX_CAMPAIGNS = 20;

  public HostileProfile() {
    super(DIR, "hostile");
  }

  @Override
  Map<String, String> extraOverrides() {
    return Map.of(
        "coupons.campaigns.watch",
        "false",
        "coupons.campaigns.max-campaigns",
        Integer.toString(MAX_CAMPAIGNS));
  }
}
