package io.receiptcoupons.campaign;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** A private copy of the sample campaigns for hostile files, and a campaign limit near it. */
public class HostileProfile implements QuarkusTestProfile {

  static final Path DIR = Path.of("target", "hostile-campaigns-" + UUID.randomUUID());
  static final int MAX_CAMPAIGNS = 20;

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
        "coupons.campaigns.watch",
        "false",
        "coupons.campaigns.max-campaigns",
        Integer.toString(MAX_CAMPAIGNS),
        "coupons.store.path",
        "target/test-store/hostile-" + UUID.randomUUID() + ".mv.db");
  }
}
