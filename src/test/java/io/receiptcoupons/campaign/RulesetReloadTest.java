package io.receiptcoupons.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@QuarkusTest
@TestProfile(ReloadProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesetReloadTest {

  static final Path DIR = ReloadProfile.DIR;
  static final String AT = Checkouts.noon(LocalDate.of(2026, 11, 20));

  @Test
  @Order(1)
  void aNewCampaignFileGoesLiveOnReloadWithANewVersion() throws Exception {
    String before = current().getString("version");
    write("gin-tonic", "alcohol/gin", "2026-01-01", "2028-01-01");

    String after = reload().statusCode(200).extract().jsonPath().getString("version");

    assertThat(after).isNotEqualTo(before).matches("[0-9a-f]{12}-\\d{8}T\\d{6}Z");
    assertThat(campaignsFor(gin())).contains("gin-tonic");
    reload().statusCode(200).body("version", equalTo(after));
  }

  @Test
  @Order(2)
  void aBrokenFileIsRefusedNamingFileLineAndFieldAndTheOldRulesetServesOn() throws Exception {
    String before = current().getString("version");
    Path tea = DIR.resolve("tea-lover.yaml");
    String good = Files.readString(tea);
    Files.writeString(tea, good.replace("days: 90", "days: ninety"));

    reload()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(tea + ":15:conditions.history.days"));
    assertThat(current().getString("version")).isEqualTo(before);
    assertThat(current().getString("lastReloadFailure.errors[0].path"))
        .isEqualTo("conditions.history.days");
    assertThat(campaignsFor(gin())).contains("gin-tonic");
    assertThat(given().get("/q/metrics").asString())
        .contains("coupons_ruleset_reloads_total{outcome=\"failure\"}");

    Files.writeString(tea, good);
    reload().statusCode(200);
    assertThat((Object) current().get("lastReloadFailure")).isNull();
  }

  @Test
  @Order(3)
  void eachCampaignShowsItsStatus() throws Exception {
    write("future-offer", "alcohol/sake", "2099-01-01", "2099-12-31");
    write("past-offer", "alcohol/wine", "2019-01-01", "2020-01-01");
    reload().statusCode(200);
    JsonPath view = current();
    assertThat(status(view, "future-offer")).isEqualTo("scheduled");
    assertThat(status(view, "past-offer")).isEqualTo("ended");
    assertThat(status(view, "tea-lover")).isEqualTo("live");
  }

  @Test
  @Order(4)
  void theWatcherReloadsWhenAFileChanges() throws Exception {
    String before = current().getString("version");
    write("watched-offer", "alcohol/shochu", "2026-01-01", "2028-01-01");
    assertThat(versionAfter(before))
        .as("the watcher reloaded after the change")
        .isNotEqualTo(before);
    assertThat(status(current(), "watched-offer")).isEqualTo("live");
  }

  /**
   * The live version once it differs from {@code before}; the watcher reloads on its own thread, so
   * poll, with a bound only so that a watcher that never reloads fails instead of hanging.
   */
  private static String versionAfter(String before) throws InterruptedException {
    String version = before;
    for (int polls = 0; polls < 100 && version.equals(before); polls++) {
      Thread.sleep(100);
      version = current().getString("version");
    }
    return version;
  }

  @Test
  @Order(5)
  void reloadsUnderSteadyCheckoutLoadFailNoRequest() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.Set<String> versions = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.Queue<Integer> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.concurrent.atomic.AtomicInteger served =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Thread> load = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () -> {
                while (running.get()) {
                  var r =
                      Checkouts.post(
                          Checkouts.body(
                              Checkouts.newTransaction(), null, "S0001", AT, List.of(gin())));
                  if (r.statusCode() == 200) {
                    versions.add(r.jsonPath().getString("rulesetVersion"));
                    served.incrementAndGet();
                  } else {
                    failures.add(r.statusCode());
                  }
                }
              });
      t.start();
      load.add(t);
    }
    for (int i = 0; i < 6; i++) {
      write("gin-tonic", "alcohol/gin", "2026-01-0" + (1 + i % 2), "2028-01-01");
      reload().statusCode(200);
      Thread.sleep(150);
    }
    running.set(false);
    for (Thread t : load) {
      t.join();
    }
    assertThat(failures).isEmpty();
    assertThat(served.get()).isGreaterThan(50);
    assertThat(versions).hasSizeGreaterThanOrEqualTo(3);
  }

  private static String status(JsonPath view, String id) {
    return view.getString("campaigns.find { it.id == '" + id + "' }.status");
  }

  static void write(String id, String category, String from, String until) throws Exception {
    String text =
        Files.readString(DIR.resolve("beer-snacks.yaml"))
            .replace("id: beer-snacks", "id: " + id)
            .replace("alcohol/beer", category)
            .replace("2026-01-01T", from + "T")
            .replace("2028-01-01T", until + "T");
    Files.writeString(DIR.resolve(id + ".yaml"), text);
  }

  static Map<String, Object> gin() {
    return Checkouts.item("4901000000999", "alcohol/gin/dry", "juniper", 6, 1500);
  }

  static List<String> campaignsFor(Map<String, Object> item) {
    return Checkouts.buyAt(null, "S0001", AT, List.of(item));
  }

  static JsonPath current() {
    return given().get("/v1/rulesets/current").then().statusCode(200).extract().jsonPath();
  }

  static io.restassured.response.ValidatableResponse reload() {
    return given().post("/v1/rulesets/reload").then();
  }
}
