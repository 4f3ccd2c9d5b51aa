package io.receiptcoupons.campaign;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** A private copy of the sample campaigns, which the reload tests edit, and a store of its own. */
public class ReloadProfile extends PrivateSamplesProfile {

  static final Path DIR = Path.of("target", "reload-campaigns-" + UUID.randomUUID());

  public ReloadProfile() {
    super(DIR, "reload");
  }

  @Override
  Map<String, String> extraOverrides() {
    return Map.of();
  }
}
