package io.receiptcoupons.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.checkout.Checkouts;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged service, started as a process: history survives a restart; bad files stop it. */
class RestartIT {

  static final LocalDate D = LocalDate.of(2026, 11, 20);
  @TempDir Path dir;

  @AfterEach
  void resetPort() {
    RestAssured.reset();
  }

  @Test
  void aRestartKeepsTheHistory() throws Exception {
    Path store = dir.resolve("store/coupons.mv.db");
    String m = Checkouts.newMember();
    try (ServiceProcess first =
        started(store, Path.of("campaigns").toAbsolutePath(), "first.log")) {
      for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
        assertThat(Checkouts.buy(m, D.minusDays(daysAgo), List.of(Checkouts.tea())))
            .doesNotContain("tea-lover");
      }
    }
    try (ServiceProcess second =
        started(store, Path.of("campaigns").toAbsolutePath(), "second.log")) {
      assertThat(Checkouts.buy(m, D, List.of(Checkouts.tea())))
          .as("5th after restart")
          .contains("tea-lover");
    }
  }

  @Test
  void anInvalidCampaignFileStopsStartUpNamingFileLineAndField() throws Exception {
    Path campaigns = Files.createDirectories(dir.resolve("campaigns"));
    for (Path f : Files.list(Path.of("campaigns")).toList()) {
      Files.copy(f, campaigns.resolve(f.getFileName()));
    }
    Path tea = campaigns.resolve("tea-lover.yaml");
    Files.writeString(tea, Files.readString(tea).replace("days: 90", "days: ninety"));
    ServiceProcess p =
        ServiceProcess.start(dir.resolve("s.mv.db"), campaigns, dir.resolve("bad.log"));
    assertThat(p.awaitStarted(Duration.ofSeconds(60))).isFalse();
    assertThat(p.awaitExit(Duration.ofSeconds(10))).isNotZero();
    assertThat(Files.readString(p.log))
        .contains(tea + ":14: conditions.history.days: 'ninety' is not a whole number");
  }

  private ServiceProcess started(Path store, Path campaigns, String log) throws Exception {
    ServiceProcess p = ServiceProcess.start(store, campaigns, dir.resolve(log));
    assertThat(p.awaitStarted(Duration.ofSeconds(60))).as(Files.readString(p.log)).isTrue();
    RestAssured.port = p.port;
    given().contentType(ContentType.JSON).get("/q/health/live").then().statusCode(200);
    return p;
  }
}
