package io.receiptcoupons.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.system.security.ApiKeys;
import io.receiptcoupons.system.security.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service, in the prod profile, refuses to start on missing or development secrets.
 */
class ProductionSecretsIT {

  private static final String DEV_POS_HASH =
      ApiKeys.hashOf(TestKeys.BY_ROLE.get(io.receiptcoupons.system.security.Roles.POS));

  @TempDir Path dir;

  @Test
  void withoutSecretsItExitsNamingEachSettingAndHowToSetIt() throws Exception {
    Result r = serve(List.of());
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.output())
        .contains("Refusing to start in the prod profile")
        .contains("coupons.programme.secret", "COUPONS_SECRET")
        .contains("coupons.codes.keys.1", "COUPONS_CODE_KEY_1")
        .contains("no API key is configured (coupons.security.keys)")
        .doesNotContain("Listening on");
  }

  @Test
  void withTheDevelopmentDefaultsItExits() throws Exception {
    Result r =
        serve(
            List.of(
                "coupons.programme.secret=change-me-dev-only-secret",
                "coupons.codes.keys.1=change-me-dev-only-code-key-1",
                "coupons.security.keys.till.sha256=" + DEV_POS_HASH,
                "coupons.security.keys.till.roles=pos",
                "coupons.security.keys.till.store=S0012"));
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.output())
        .contains("coupons.programme.secret is a development default")
        .contains("coupons.codes.keys.1 is a development default")
        .contains("API key of till is a development key")
        .doesNotContain("Listening on");
  }

  @Test
  void withShortSecretsOrATillKeyWithoutAStoreItExits() throws Exception {
    Result r =
        serve(
            List.of(
                "coupons.programme.secret=short-but-not-a-default",
                "coupons.codes.keys.1=" + TestKeys.JAR_CODE_KEY,
                "coupons.security.keys.till.sha256=" + ApiKeys.hashOf(TestKeys.JAR_KEY),
                "coupons.security.keys.till.roles=pos"));
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.output())
        .contains("coupons.programme.secret is shorter than 32 bytes")
        .contains("API key of till has role pos but no .store")
        .doesNotContain("coupons.codes.keys.1 is");
  }

  record Result(int exitCode, String output) {}

  private Result serve(List<String> properties) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Dquarkus.http.port=0");
    command.add("-Dcoupons.store.path=" + dir.resolve("store/coupons.mv.db"));
    properties.forEach(p -> command.add("-D" + p));
    command.add("-jar");
    command.add(Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
    Path log = dir.resolve("service.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("COUPONS_"));
    Process p = builder.redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the service did not exit within 120 s:\n" + Files.readString(log));
    }
    return new Result(p.exitValue(), Files.readString(log));
  }
}
