package io.receiptcoupons.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IssuanceProfile.class)
class DrawsAndHoldoutTest {

  private static final String AT = "2026-12-01T12:00:00+09:00";

  @Test
  void aProbabilityOfPointThreeIssuesToAboutThirtyPercentAndARetryGetsTheSameDecision()
      throws Exception {
    int n = 10_000;
    List<Callable<String>> checkouts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String txn = Checkouts.newTransaction();
      String member = Checkouts.newMember();
      checkouts.add(() -> Issuing.buy(txn, member, "S0001", AT, "P-30").prettify());
    }
    List<String> answers = Issuing.inParallel(16, checkouts);
    long issued = answers.stream().filter(a -> a.contains("coin-flip")).count();

    // Four standard deviations: a correct engine fails this about once in 16,000 runs.
    double sigma = Math.sqrt(0.3 * 0.7 / n);
    assertThat(issued / (double) n).isBetween(0.3 - 4 * sigma, 0.3 + 4 * sigma);
    for (int i = 0; i < 50; i++) {
      assertThat(checkouts.get(i).call()).as("retry %d", i).isEqualTo(answers.get(i));
    }
  }

  @Test
  void holdoutIsStablePerMemberAndBothGroupsPurchaseRatesAreMeasured() {
    int members = 400;
    Set<String> heldOnDayOne = new HashSet<>();
    Set<String> heldOnDayTwo = new HashSet<>();
    List<String> cards = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      cards.add(Checkouts.newMember());
    }
    checkOutAll(cards, LocalDate.of(2026, 12, 1), heldOnDayOne);
    checkOutAll(cards, LocalDate.of(2026, 12, 2), heldOnDayTwo);

    assertThat(heldOnDayTwo).isEqualTo(heldOnDayOne);
    double sigma = Math.sqrt(0.25 / members);
    assertThat(heldOnDayOne.size() / (double) members).isBetween(0.5 - 4 * sigma, 0.5 + 4 * sigma);
    JsonPath stats = Issuing.stats("half-holdout");
    assertThat(stats.getLong("counts.heldOut")).isEqualTo(2L * heldOnDayOne.size());
    assertThat(stats.getLong("counts.issued")).isEqualTo(2L * (members - heldOnDayOne.size()));
    // Day two's purchase falls in day one's coupon window, for the issued and the held out alike.
    assertThat(stats.getDouble("rates.issuedPurchase")).isEqualTo(0.5);
    assertThat(stats.getDouble("rates.holdoutPurchase")).isEqualTo(0.5);
    assertThat(stats.getDouble("rates.lift")).isEqualTo(0.0);
  }

  private static void checkOutAll(List<String> cards, LocalDate day, Set<String> heldOut) {
    for (String card : cards) {
      JsonPath r =
          Issuing.buy(Checkouts.newTransaction(), card, "S0001", Checkouts.noon(day), "H-50");
      if (!Issuing.campaigns(r).contains("half-holdout")) {
        heldOut.add(card);
      }
    }
  }
}
