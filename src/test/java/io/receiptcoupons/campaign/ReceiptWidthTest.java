package io.receiptcoupons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.system.DisplayWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coupon text is measured in printer columns: a full-width character takes two. */
class ReceiptWidthTest {

  // 38 characters, 76 columns: within the old 48-character limit, but cut on every till.
  static final String OVER_WIDE = "お茶がお好きなあなたへ、新しい宇治煎茶を二十パーセント引きでご提供いたします";
  static final String FITTING = "いつもお茶をご愛顧いただきありがとうございます";

  @Test
  void fullWidthCharactersCountTwoColumns() {
    assertThat(DisplayWidth.of(OVER_WIDE, false)).isEqualTo(76);
    assertThat(DisplayWidth.of(FITTING, false)).isEqualTo(46);
    assertThat(DisplayWidth.of("ＡＢＣ abc ｱｲｳ", false))
        .as("fullwidth 2, halfwidth kana 1")
        .isEqualTo(14);
    assertThat(DisplayWidth.of("e\u0301", false)).as("a combining mark takes none").isEqualTo(1);
  }

  @Test
  void anOverWideJapaneseLineIsRefusedWithItsFileLineAndWidth(@TempDir Path dir) throws Exception {
    Path file = copyWithLine(dir, OVER_WIDE);
    CampaignLoader.Loaded loaded = new CampaignLoader(CampaignFiles.validator(), 400).readAll(dir);
    assertThat(loaded.errors())
        .extracting(CampaignError::toString)
        .containsExactly(
            file
                + ":23: coupon.lines[1]: is 76 columns wide (full-width characters take 2); the"
                + " receipt holds 48 (coupons.receipt.columns)");
  }

  @Test
  void aFittingJapaneseLinePasses(@TempDir Path dir) throws Exception {
    copyWithLine(dir, FITTING);
    assertThat(new CampaignLoader(CampaignFiles.validator(), 400).readAll(dir).errors()).isEmpty();
  }

  @Test
  void aNarrowerPrinterRefusesWhatFitsFortyEightColumns(@TempDir Path dir) throws Exception {
    copyWithLine(dir, FITTING);
    var narrow =
        new CampaignLoader(
                CampaignFiles.validator(), 400, YamlLimits.DEFAULT, new ReceiptWidth(32, true))
            .readAll(dir);
    assertThat(narrow.errors())
        .extracting(CampaignError::message)
        .contains(
            "is 46 columns wide (full-width characters take 2); the receipt holds 32"
                + " (coupons.receipt.columns)");
  }

  private static Path copyWithLine(Path dir, String line) throws Exception {
    CampaignFiles.copyOfSamples(dir);
    Path file = dir.resolve("okome-lover.yaml");
    String text = Files.readString(file);
    Files.writeString(file, text.replace("    - 新米コシヒカリ5kgを10%引きでご提供します", "    - " + line));
    return file;
  }
}
