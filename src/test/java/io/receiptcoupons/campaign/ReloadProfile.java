package io.receiptcoupons.campaign;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** A private copy of the sample campaigns, which the reload tests edit, and a store of its own. */
public class ReloadProfile implements QuarkusTestProfile {

  static final Path DIR = Path.of("target", "reload-campaigns-" + UUID.randomUUID());

  @Override
  public Map<String, String> getConfigOverrides() {
    try {
      Files.createDirectories(DIR);
      CampaignFiles.copyOfSamples(DIR);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Map.of(
        "coupons.campaigns.dir",
        DIR.toString(),
        "coupons.store.path",
        "target/test-store/reload-" + UUID.randomUUID() + ".mv.db");
  }
}
