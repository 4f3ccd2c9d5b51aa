package io.receiptcoupons.checkout;

import static io.receiptcoupons.checkout.Checkouts.buy;
import static io.receiptcoupons.checkout.Checkouts.coffee;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** campaigns/coffee-women.yaml: women who bought coffee 5+ times in a year -> coffee coupon. */
@QuarkusTest
class CoffeeWomenScenarioTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  @Test
  void aWomanWithFiveCoffeePurchasesGetsTheCouponAndAManDoesNot() {
    String woman = Checkouts.newMember();
    String man = Checkouts.newMember();
    Checkouts.putMember(woman, Map.of("gender", "female", "birthDate", "1990-04-01"));
    Checkouts.putMember(man, Map.of("gender", "male", "birthDate", "1990-04-01"));
    for (int daysAgo : new int[] {200, 100, 50, 10}) {
      assertThat(buy(woman, D.minusDays(daysAgo), List.of(coffee())))
          .doesNotContain("coffee-women");
      assertThat(buy(man, D.minusDays(daysAgo), List.of(coffee()))).doesNotContain("coffee-women");
    }
    assertThat(buy(woman, D, List.of(coffee()))).contains("coffee-women");
    assertThat(buy(man, D, List.of(coffee()))).doesNotContain("coffee-women");
  }

  @Test
  void aMemberWithNoDeclaredGenderIsNotTargeted() {
    String m = Checkouts.newMember();
    for (int daysAgo = 4; daysAgo >= 0; daysAgo--) {
      assertThat(buy(m, D.minusDays(daysAgo), List.of(coffee()))).doesNotContain("coffee-women");
    }
  }
}
