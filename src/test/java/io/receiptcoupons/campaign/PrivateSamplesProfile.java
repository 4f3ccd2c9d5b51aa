package io.receiptcoupons.campaign;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A test profile whose service reads its own copy of the sample campaigns, with its own store. */
public abstract class PrivateSamplesProfile implements QuarkusTestProfile {

  private final Path dir;
  private final String name;

  PrivateSamplesProfile(Path dir, String name) {
    this.dir = dir;
    this.name = name;
  }

  /** What this profile sets beyond the private folder and store. */
  abstract Map<String, String> extraOverrides();

  @Override
  public final Map<String, String> getConfigOverrides() {
    try {
      Files.createDirectories(dir);
      CampaignFiles.copyOfSamples(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> overrides = new HashMap<>(extraOverrides());
    overrides.put("coupons.campaigns.dir", dir.toString());
    overrides.put(
        "coupons.store.path", "target/test-store/" + name + "-" + UUID.randomUUID() + ".mv.db");
    return overrides;
  }
}
