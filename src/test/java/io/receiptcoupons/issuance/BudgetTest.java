package io.receiptcoupons.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IssuanceProfile.class)
class BudgetTest {

  private static final String AT = "2026-12-01T12:00:00+09:00";

  @Test
  void aBudgetOfOneHundredIssuesExactlyOneHundredUnderOneThousandConcurrentCheckouts()
      throws Exception {
    long issued = Issuing.issuedConcurrently(1000, AT, "B-100", "budget-hundred");

    assertThat(issued).isEqualTo(100);
    JsonPath stats = Issuing.stats("budget-hundred");
    assertThat(stats.getLong("counts.issued")).isEqualTo(100);
    assertThat(stats.getLong("counts.budgetExhausted")).isEqualTo(900);
    assertThat(stats.getLong("counts.eligible")).isEqualTo(1000);
    assertThat(stats.getLong("budget.remaining")).isZero();
  }

  @Test
  void theDailyBudgetResetsEachLocalDayAndTheTotalStillCaps() {
    assertThat(issuedOf(3, LocalDate.of(2026, 12, 1))).isEqualTo(2);
    assertThat(issuedOf(3, LocalDate.of(2026, 12, 2))).isEqualTo(2);
    assertThat(issuedOf(3, LocalDate.of(2026, 12, 3))).isEqualTo(1);
    assertThat(Issuing.stats("small-budget").getLong("budget.remaining")).isZero();
  }

  @Test
  void aVoidGivesTheBudgetBack() {
    String at = Checkouts.noon(LocalDate.of(2026, 12, 10));
    String first = Checkouts.newTransaction();
    assertThat(Issuing.campaigns(Issuing.buy(first, null, "S0001", at, "V-1")))
        .containsExactly("void-budget");
    assertThat(Issuing.campaigns(Issuing.buy(Checkouts.newTransaction(), null, "S0001", at, "V-1")))
        .isEmpty();

    given().post("/v1/checkouts/" + first + "/void").then().statusCode(200);

    assertThat(Issuing.stats("void-budget").getLong("budget.remaining")).isEqualTo(1);
    assertThat(Issuing.stats("void-budget").getLong("counts.voided")).isEqualTo(1);
    assertThat(Issuing.campaigns(Issuing.buy(Checkouts.newTransaction(), null, "S0001", at, "V-1")))
        .containsExactly("void-budget");
  }

  private static long issuedOf(int checkouts, LocalDate day) {
    long issued = 0;
    for (int i = 0; i < checkouts; i++) {
      JsonPath r =
          Issuing.buy(Checkouts.newTransaction(), null, "S0001", Checkouts.noon(day), "B-2");
      issued += Issuing.campaigns(r).size();
    }
    return issued;
  }
}
