package io.receiptcoupons.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.app.JarCommand;
import io.receiptcoupons.campaign.CampaignFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, test and compile from a folder with no rules/: the jar's own templates, plain text. */
class EmptyFolderIT {

  static final String SAMPLES = Path.of("campaigns").toAbsolutePath().toString();
  @TempDir Path empty;

  @Test
  void validateTestAndCompileWorkFromAnEmptyFolderPrintingNoLogLine() throws Exception {
    JarCommand.Result validate = JarCommand.runIn(empty, "validate", SAMPLES);
    assertThat(validate.exitCode()).as(validate.output()).isZero();
    assertThat(validate.output())
        .isEqualTo(
            SAMPLES
                + ": "
                + CampaignFiles.sampleCount()
                + " campaign files, 0 errors, 0 warnings\n");

    JarCommand.Result test = JarCommand.runIn(empty, "test", SAMPLES);
    assertThat(test.exitCode()).as(test.output()).isZero();
    assertThat(test.output()).containsPattern("\\d+ scenarios: \\d+ passed, 0 failed\n$");

    JarCommand.Result compile = JarCommand.runIn(empty, "compile", "--campaigns", SAMPLES);
    assertThat(compile.exitCode()).as(compile.output()).isZero();
    assertThat(compile.output()).startsWith("//").contains("rule \"tea-lover\" @campaign(");

    for (JarCommand.Result r : new JarCommand.Result[] {validate, test, compile}) {
      assertThat(r.output().lines())
          .noneMatch(line -> line.startsWith("{"))
          .noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "))
          .noneMatch(line -> line.matches(".*\\b(INFO|WARN|ERROR)\\b.*"));
    }
    assertThat(Files.exists(empty.resolve("rules"))).isFalse();
  }
}
