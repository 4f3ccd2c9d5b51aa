package io.receiptcoupons.app;

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
  void aRestartKeepsTheHistoryTheBudgetsTheCapsAndTheIssuedCodes() throws Exception {
    Path store = dir.resolve("store/coupons.mv.db");
    String m = Checkouts.newMember();
    String code;
    try (ServiceProcess first =
        started(store, Path.of("campaigns").toAbsolutePath(), "first.log")) {
      for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
        assertThat(Checkouts.buy(m, D.minusDays(daysAgo), List.of(Checkouts.tea())))
            .doesNotContain("tea-lover");
      }
      code = breakfast(m, "2026-11-24T08:00:00+09:00").getString("coupons[0].code");
    }
    try (ServiceProcess second =
        started(store, Path.of("campaigns").toAbsolutePath(), "second.log")) {
      assertThat(Checkouts.buy(m, D, List.of(Checkouts.tea())))
          .as("5th after restart")
          .contains("tea-lover");
      assertThat(breakfast(m, "2026-11-25T08:00:00+09:00").getList("coupons"))
          .as("capped")
          .isEmpty();
      var stats = given().get("/v1/campaigns/station-breakfast/stats").then().extract().jsonPath();
      assertThat(stats.getLong("budget.used")).isEqualTo(1);
      assertThat(stats.getLong("counts.capped")).isEqualTo(1);
      given()
          .contentType(ContentType.JSON)
          .body(redemption(code))
          .post("/v1/redemptions")
          .then()
          .statusCode(200)
          .body("accepted", org.hamcrest.Matchers.equalTo(true));
    }
  }

  private static io.restassured.path.json.JsonPath breakfast(String member, String at) {
    var onigiri = Checkouts.item("4901000000123", "food/rice-balls/salmon", "morning", 1, 150);
    return Checkouts.post(
            Checkouts.body(Checkouts.newTransaction(), member, "S0101", at, List.of(onigiri)))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static java.util.Map<String, Object> redemption(String code) {
    return java.util.Map.of(
        "code",
        code,
        "storeId",
        "S0101",
        "transactionId",
        Checkouts.newTransaction(),
        "occurredAt",
        "2026-11-26T08:00:00+09:00",
        "items",
        List.of(Checkouts.coffee()));
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
        .contains(tea + ":15: conditions.history.days: 'ninety' is not a whole number");
  }

  private ServiceProcess started(Path store, Path campaigns, String log) throws Exception {
    ServiceProcess p = ServiceProcess.start(store, campaigns, dir.resolve(log));
    assertThat(p.awaitStarted(Duration.ofSeconds(60))).as(Files.readString(p.log)).isTrue();
    RestAssured.port = p.port;
    given().contentType(ContentType.JSON).get("/q/health/live").then().statusCode(200);
    return p;
  }
}
