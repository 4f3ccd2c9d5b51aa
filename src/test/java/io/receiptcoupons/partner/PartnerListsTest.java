package io.receiptcoupons.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.receiptcoupons.issuance.Issuing;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.Store;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PartnerProfile.class)
class PartnerListsTest {

  @Inject PartnerService service;
  @Inject Store store;
  @Inject ProgrammeConfig programme;

  @Test
  void onlyMembersOnARunningListOfThatPartnerAreTargeted() {
    String onAcme = Checkouts.newMember();
    String onBeta = Checkouts.newMember();
    String onNeither = Checkouts.newMember();
    put("acme", "spring-2027", today().plusDays(30), onAcme).statusCode(200);
    put("beta", "win-back", today().plusDays(30), onBeta).statusCode(200);

    assertThat(buyTea(onAcme, today())).containsExactly("acme-tea-fans");
    assertThat(buyTea(onBeta, today())).containsExactly("beta-win-back");
    assertThat(buyTea(onNeither, today())).isEmpty();
    assertThat(buyTea(null, today())).isEmpty();
    assertThat(explainedBetaList(onBeta)).isEqualTo(List.of(true, "on it"));
    assertThat(explainedBetaList(onAcme)).isEqualTo(List.of(false, "not on it"));
  }

  private List<Object> explainedBetaList(String member) {
    var answer =
        given()
            .queryParam("at", Checkouts.noon(today()))
            .get("/v1/members/" + member + "/eligibility")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> check =
        answer.getMap(
            "campaigns.find { it.campaignId == 'beta-win-back' }.conditions.find {"
                + " it.condition == 'partner list beta/win-back' }");
    return List.of(check.get("passed"), check.get("actual"));
  }

  @Test
  void aListIsReadThroughItsLastDayOnlyAndDeletedOnceTheJobHasEnded() {
    String member = Checkouts.newMember();
    LocalDate ends = today();
    put("acme", "spring-2027", ends, member).statusCode(200).contentType(ContentType.JSON);

    assertThat(buyTea(member, ends)).containsExactly("acme-tea-fans");
    assertThat(buyTea(member, ends.plusDays(1))).isEmpty();

    assertThat(service.deleteEndedAsOf(ends.plusDays(1)))
        .extracting(PartnerJob::key)
        .contains("acme/spring-2027");
    given()
        .get("/v1/partners/acme/jobs")
        .then()
        .statusCode(200)
        .body("job", not(hasItem("spring-2027")));
    assertThat(entries("acme")).isZero();
  }

  @Test
  void deletingAJobErasesItsListAtOnceAndLeavesOtherPartnersAlone() {
    String member = Checkouts.newMember();
    put("acme", "spring-2027", today().plusDays(10), member).statusCode(200);
    put("beta", "win-back", today().plusDays(10), member).statusCode(200);

    given().delete("/v1/partners/acme/jobs/spring-2027").then().statusCode(204);

    assertThat(entries("acme")).isZero();
    assertThat(entries("beta")).isEqualTo(1);
    assertThat(buyTea(member, today())).containsExactly("beta-win-back");
    given().delete("/v1/partners/acme/jobs/spring-2027").then().statusCode(404);
  }

  @Test
  void erasingAMemberRemovesThemFromEveryPartnerListAndTheJobSizesFollow() {
    String erased = Checkouts.newMember();
    String kept = Checkouts.newMember();
    put("acme", "spring-2027", today().plusDays(10), erased, kept).statusCode(200);
    put("beta", "win-back", today().plusDays(10), erased, kept).statusCode(200);
    assertThat(buyTea(erased, today())).containsExactlyInAnyOrder("acme-tea-fans", "beta-win-back");
    long acme = entries("acme");
    long beta = entries("beta");

    given().delete("/v1/members/" + erased).then().statusCode(204);

    assertThat(entries("acme")).isEqualTo(acme - 1);
    assertThat(entries("beta")).isEqualTo(beta - 1);
    assertThat(jobSize("acme", "spring-2027")).isEqualTo(1);
    assertThat(jobSize("beta", "win-back")).isEqualTo(1);
    assertThat(buyTea(erased, today())).isEmpty();
    assertThat(buyTea(kept, today())).containsExactlyInAnyOrder("acme-tea-fans", "beta-win-back");
    given().delete("/v1/partners/acme/jobs/spring-2027").then().statusCode(204);
    given().delete("/v1/partners/beta/jobs/win-back").then().statusCode(204);
  }

  @Test
  void aJobsEndDeletesItsListAndTheAuditLogRecordsItWithoutAMember() {
    String member = Checkouts.newMember();
    LocalDate ends = today();
    put("acme", "audited-end", ends, member).statusCode(200);
    long entries = entries("acme");
    long after = lastAudit();

    service.deleteEndedAsOf(ends.plusDays(1));

    var page = given().get("/v1/audit?limit=1000&after=" + after).then().statusCode(200).extract();
    String ours = "records.findAll { it.target == 'acme/audited-end' }";
    assertThat(page.jsonPath().getList(ours + ".action", String.class))
        .containsExactly(io.receiptcoupons.system.audit.AuditLog.PARTNER_DELETE);
    assertThat(page.jsonPath().getList(ours + ".detail", String.class))
        .containsExactly("1 members, job-ended");
    assertThat(page.asString()).doesNotContain(member);
    given().get("/v1/partners/acme/jobs").then().body("job", not(hasItem("audited-end")));
    assertThat(entries("acme")).isEqualTo(entries - 1);
  }

  private static long lastAudit() {
    long after = 0;
    for (var page = given().get("/v1/audit?limit=1000").jsonPath();
        ;
        page = given().get("/v1/audit?limit=1000&after=" + after).jsonPath()) {
      List<Long> seqs = page.getList("records.seq", Long.class);
      after = seqs.isEmpty() ? after : seqs.get(seqs.size() - 1);
      if (page.getString("next") == null) {
        return after;
      }
    }
  }

  private static Integer jobSize(String partner, String job) {
    return given()
        .get("/v1/partners/" + partner + "/jobs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .get("find { it.job == '" + job + "' }.members");
  }

  @Test
  void theJobListingShowsSizesAndDatesButNeverTheMembers() {
    String member = Checkouts.newMember();
    put("acme", "spring-2027", today().plusDays(5), member, member, Checkouts.newMember())
        .statusCode(200)
        .body("members", org.hamcrest.Matchers.equalTo(2));

    String listing =
        given().get("/v1/partners/acme/jobs").then().statusCode(200).extract().asString();
    assertThat(listing)
        .contains("spring-2027", today().plusDays(5).toString())
        .doesNotContain(member);
  }

  @Test
  void badListsAreRefusedNamingTheFieldAndChangeNothing() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("memberIds", List.of("9800000000001")))
        .put("/v1/partners/acme/jobs/bad-job")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("endsOn"));
    put("acme", "bad-job", today().minusDays(1), "9800000000001")
        .statusCode(400)
        .body("errors.field", hasItem("endsOn"));
    put("acme", "bad-job", today(), "not a card!")
        .statusCode(400)
        .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("memberIds")));
    put("Acme Corp", "bad-job", today(), "9800000000001").statusCode(400);

    given()
        .get("/v1/partners/acme/jobs")
        .then()
        .statusCode(200)
        .body("job", not(hasItem("bad-job")));
  }

  private io.restassured.response.ValidatableResponse put(
      String partner, String job, LocalDate endsOn, String... members) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("endsOn", endsOn.toString(), "memberIds", List.of(members)))
        .put("/v1/partners/" + partner + "/jobs/" + job)
        .then();
  }

  private static List<String> buyTea(String member, LocalDate day) {
    return Issuing.campaigns(
        Issuing.buy(Checkouts.newTransaction(), member, "S0001", Checkouts.noon(day), "P-TEA"));
  }

  private long entries(String partner) {
    return store.inTransaction(
        tx -> {
          long n = 0;
          var it = tx.map("partner-list." + partner).keyIterator("", null);
          for (; it.hasNext(); it.next()) {
            n++;
          }
          return n;
        });
  }

  private LocalDate today() {
    return LocalDate.now(programme.timeZone());
  }
}
