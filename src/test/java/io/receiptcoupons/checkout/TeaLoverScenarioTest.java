package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.buy;
import static io.receiptcoupons.checkout.Checkouts.buyAt;
import static io.receiptcoupons.checkout.Checkouts.tea;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** campaigns/tea-lover.yaml: bought tea 5+ times in the last 90 days -> 20% off a new tea. */
@QuarkusTest
class TeaLoverScenarioTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  @Test
  void theFourthPurchaseInNinetyDaysPrintsNothingAndTheFifthPrintsTheCoupon() {
    String m = Checkouts.newMember();
    for (int daysAgo : new int[] {89, 60, 30}) {
      assertThat(buy(m, D.minusDays(daysAgo), List.of(tea()))).doesNotContain("tea-lover");
    }
    assertThat(buy(m, D.minusDays(1), List.of(tea()))).as("4th").doesNotContain("tea-lover");
    assertThat(buy(m, D, List.of(tea()))).as("5th, with D-89 in the window").contains("tea-lover");
  }

  @Test
  void aPurchaseOnDMinus90IsOutsideTheWindowOfD() {
    String m = Checkouts.newMember();
    for (int daysAgo : new int[] {90, 60, 30, 1}) {
      buy(m, D.minusDays(daysAgo), List.of(tea()));
    }
    assertThat(buy(m, D, List.of(tea()))).as("only 4 in D-89..D").doesNotContain("tea-lover");
    assertThat(buy(m, D.plusDays(1), List.of(tea()))).as("D-60..D+1 holds 5").contains("tea-lover");
  }

  @Test
  void theLocalDateIsTokyosNotUtcs() {
    String m = Checkouts.newMember();
    // 15:30 UTC on D-90 is 00:30 on D-89 in Tokyo, so it is inside D's 90-day window.
    buyAt(m, "S0001", D.minusDays(90) + "T15:30:00Z", List.of(tea()));
    for (int daysAgo : new int[] {60, 30, 1}) {
      buy(m, D.minusDays(daysAgo), List.of(tea()));
    }
    assertThat(buy(m, D, List.of(tea()))).contains("tea-lover");
  }

  @Test
  void severalTeaItemsInOneReceiptCountAsOneTime() {
    String m = Checkouts.newMember();
    var twoTeas =
        List.of(tea(), Checkouts.item("4901234000042", "beverages/tea/black-tea", "acme", 3, 400));
    for (int daysAgo : new int[] {4, 3, 2, 1}) {
      buy(m, D.minusDays(daysAgo), twoTeas);
    }
    assertThat(buy(m, D.minusDays(0), List.of(Checkouts.coffee()))).doesNotContain("tea-lover");
    assertThat(buy(m, D, twoTeas)).contains("tea-lover");
  }
}
