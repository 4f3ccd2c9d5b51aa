package io.receiptcoupons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes in a campaign file end as campaigns or as located errors: never an exception, never a
 * hang. The corpus is CampaignParserFuzzTestInputs/campaignFile.
 */
class CampaignParserFuzzTest {

  private static final CampaignLoader LOADER = new CampaignLoader(CampaignFiles.validator(), 400);

  @FuzzTest(maxDuration = "10m")
  void campaignFile(byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-campaigns");
    try {
      Files.write(dir.resolve("fuzzed.yaml"), bytes);
      CampaignLoader.Loaded loaded = LOADER.readAll(dir);
      for (CampaignError error : loaded.errors()) {
        assertThat(error.line()).isPositive();
        assertThat(error.file()).endsWith("fuzzed.yaml");
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }
}
