package io.receiptcoupons.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's help and usage, in one style for every command. */
@QuarkusTest
class CommandsTest {

  static final List<String> NAMES =
      List.of(
          "validate",
          "test",
          "compile",
          "explain",
          "simulate",
          "import-history",
          "import-members",
          "convert-completejourney");

  @Inject Commands commands;

  @Test
  void everyCommandHasHelpThatExitsZero() {
    for (String name : NAMES) {
      for (String help : List.of("--help", "-h")) {
        StringWriter printed = new StringWriter();
        int status = commands.execute(new PrintWriter(printed, true), name, help);
        assertThat(status).as(name + " " + help).isZero();
        assertThat(printed.toString())
            .startsWith("usage: coupons " + name + " ")
            .contains("  -h, --help ", "      --verbose ");
      }
    }
  }

  @Test
  void theTopLevelHelpListsEveryCommand() {
    StringWriter printed = new StringWriter();
    assertThat(commands.execute(new PrintWriter(printed, true), "--help")).isZero();
    assertThat(printed.toString()).startsWith("usage: coupons [-h] [--verbose] [COMMAND]");
    for (String name : NAMES) {
      assertThat(printed.toString()).containsPattern("(?m)^  " + name + " ");
    }
  }

  @Test
  void aMissingRequiredOptionIsBadUsageNamingIt() {
    StringWriter printed = new StringWriter();
    int status = commands.execute(new PrintWriter(printed, true), "simulate");
    assertThat(status).isEqualTo(Commands.BAD_USAGE);
    assertThat(printed.toString())
        .startsWith("Missing required option: '--transactions=FILE'\nusage: coupons simulate ");
  }
}
