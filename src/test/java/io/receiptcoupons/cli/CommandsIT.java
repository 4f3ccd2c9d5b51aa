package io.receiptcoupons.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.app.JarCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command mode: dispatch by name, usage on a bad name, exit status on failure. */
class CommandsIT {

  @TempDir Path dir;

  @Test
  void anUnknownCommandPrintsEveryCommandsUsageAndExitsTwo() throws Exception {
    JarCommand.Result r = JarCommand.run(dir, List.of(), "frobnicate");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.output())
        .startsWith("Unmatched argument at index 0: 'frobnicate'\n")
        .contains(
            "usage: coupons [-h] [--verbose] [COMMAND]", "  import-history ", "  import-members ");
  }

  @Test
  void everyCommandReportsBadArgumentsTheSameWayWithItsUsageAndExitsTwo() throws Exception {
    for (List<String> args :
        List.of(
            List.of("import-history"),
            List.of("simulate", "--transactions"),
            List.of("explain", "--at", "2026-11-20T10:00:00+09:00"),
            List.of("validate", "a", "b"))) {
      JarCommand.Result r = JarCommand.run(dir, List.of(), args.toArray(String[]::new));

      assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
      assertThat(r.output())
          .contains("usage: coupons " + args.get(0) + " ")
          .doesNotContain("error:");
    }
  }

  @Test
  void helpOfAStoreCommandPrintsItsUsageAndExitsZeroWithoutTheStore() throws Exception {
    JarCommand.Result r = JarCommand.run(dir, List.of(), "import-history", "--help");

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).startsWith("usage: coupons import-history [-h] [--verbose]");
    assertThat(dir.resolve("store")).doesNotExist();
  }

  @Test
  void aFailingCommandNamesTheLineAndExitsOne() throws Exception {
    Path members = Files.writeString(dir.resolve("members.csv"), "member_id,gender\n1,female\n");

    JarCommand.Result r = JarCommand.run(dir, List.of(), "import-members", members.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.output()).contains("error: " + members + ": line 1: the header must be exactly");
  }
}
