package io.receiptcoupons.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.campaign.CampaignFiles;
import io.receiptcoupons.campaign.CampaignLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files live beside the campaigns but are never loaded, and never change the version. */
class ScenarioFilesAreNotCampaignsTest {

  private final CampaignLoader loader = new CampaignLoader(CampaignFiles.validator(), 400);

  @Test
  void editingAScenarioFileLeavesTheContentHashAlone(@TempDir Path dir) throws Exception {
    CampaignFiles.copyOfSamples(dir);
    String before = loader.load(dir).contentHash();
    Path tea = dir.resolve("tea-lover.test.yaml");
    Files.writeString(tea, Files.readString(tea) + "\n# a comment\n");
    CampaignFiles.write(dir, "new.test.yaml", "not: [a campaign");
    assertThat(loader.load(dir).contentHash()).isEqualTo(before);
    assertThat(loader.load(dir).campaigns()).hasSize(11);

    Path campaign = dir.resolve("tea-lover.yaml");
    Files.writeString(campaign, Files.readString(campaign) + "\n# a comment\n");
    assertThat(loader.load(dir).contentHash()).isNotEqualTo(before);
  }
}
