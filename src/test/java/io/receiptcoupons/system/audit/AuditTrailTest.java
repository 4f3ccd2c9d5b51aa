package io.receiptcoupons.system.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.partner.PartnerProfile;
import io.receiptcoupons.system.security.Roles;
import io.receiptcoupons.system.security.TestKeys;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each admin and campaign-manager write leaves a record with its actor, never a card number. */
@QuarkusTest
@TestProfile(PartnerProfile.class)
class AuditTrailTest {

  private static final String ADMIN = TestKeys.BY_ROLE.get(Roles.ADMIN);
  private static final String MANAGER = TestKeys.BY_ROLE.get(Roles.CAMPAIGN_MANAGER);

  @Test
  void memberPartnerAndReloadActionsAreRecordedWithTheActorAndNoCardNumber() {
    long after = last();
    String card = Checkouts.newMember();
    as(ADMIN).body(Map.of("area", "150")).put("/v1/members/" + card).then().statusCode(200);
    as(ADMIN).body(Map.of("optedOut", true)).put("/v1/members/" + card).then().statusCode(200);
    as(ADMIN).delete("/v1/members/" + card).then().statusCode(204);
    as(ADMIN)
        .body(Map.of("endsOn", "2099-03-31", "memberIds", List.of(card)))
        .put("/v1/partners/acme/jobs/audit-job")
        .then()
        .statusCode(200);
    as(ADMIN).delete("/v1/partners/acme/jobs/audit-job").then().statusCode(204);
    as(MANAGER).post("/v1/rulesets/reload").then().statusCode(200);

    JsonPath page =
        as(ADMIN).get("/v1/audit?after=" + after).then().statusCode(200).extract().jsonPath();
    assertThat(page.getList("records.action", String.class))
        .containsSubsequence(
            AuditLog.MEMBER_PROFILE,
            AuditLog.MEMBER_OPT_OUT,
            AuditLog.MEMBER_ERASE,
            AuditLog.PARTNER_LOAD,
            AuditLog.PARTNER_DELETE,
            AuditLog.RULESET_RELOAD);
    assertThat(page.getList("records.subject", String.class))
        .containsSubsequence("dev-admin", "dev-admin", "dev-admin", "dev-campaign-manager");
    assertThat(page.getList("records.outcome", String.class)).containsOnly("SUCCESS");
    String raw = as(ADMIN).get("/v1/audit?after=" + after).asString();
    assertThat(raw).doesNotContain(card);
    assertThat(page.getList("records.target", String.class).subList(0, 3)).doesNotContainNull();
  }

  @Test
  void pagesFollowOneAnother() {
    String card = Checkouts.newMember();
    long after = last();
    for (int i = 0; i < 3; i++) {
      as(ADMIN).body(Map.of("area", "15" + i)).put("/v1/members/" + card).then().statusCode(200);
    }
    JsonPath first = as(ADMIN).get("/v1/audit?limit=2&after=" + after).jsonPath();
    assertThat(first.getList("records")).hasSize(2);
    JsonPath second = as(ADMIN).get("/v1/audit?limit=2&after=" + first.getLong("next")).jsonPath();
    assertThat(second.getList("records")).hasSize(1);
    assertThat(second.getString("next")).isNull();
  }

  private static long last() {
    long after = 0;
    for (JsonPath page; ; after = page.getLong("next")) {
      page = as(ADMIN).get("/v1/audit?limit=1000&after=" + after).jsonPath();
      List<Long> seqs = page.getList("records.seq", Long.class);
      if (page.getString("next") == null) {
        return seqs.isEmpty() ? after : seqs.get(seqs.size() - 1);
      }
    }
  }

  private static io.restassured.specification.RequestSpecification as(String key) {
    return given().header(TestKeys.HEADER, key).contentType(ContentType.JSON);
  }
}
