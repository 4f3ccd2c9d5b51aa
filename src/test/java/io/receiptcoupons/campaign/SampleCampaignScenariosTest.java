package io.receiptcoupons.campaign;

import static io.receiptcoupons.checkout.Checkouts.buy;
import static io.receiptcoupons.checkout.Checkouts.buyAt;
import static io.receiptcoupons.checkout.Checkouts.item;
import static io.receiptcoupons.checkout.Checkouts.noon;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.checkout.Checkouts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scenarios for the sample campaigns beyond tea and coffee (those have their own tests). */
@QuarkusTest
class SampleCampaignScenariosTest {

  static final LocalDate D = LocalDate.of(2026, 11, 20);

  static Map<String, Object> beer(int quantity) {
    return item("4901777000011", "alcohol/beer/lager", "kirin", quantity, 250);
  }

  static Map<String, Object> fish(long yen) {
    return item("2000000000015", "fresh/seafood/fish", null, 1, yen);
  }

  static Map<String, Object> energy() {
    return item("4909999000250", "beverages/energy-drinks", "zoom", 1, 200);
  }

  @Test
  void beerSnacksNeedsSixBeersInTheBasketAndNoCard() {
    assertThat(buyAt(null, "S0001", noon(D), List.of(beer(6)))).contains("beer-snacks");
    assertThat(buyAt(null, "S0001", noon(D), List.of(beer(3), beer(3)))).contains("beer-snacks");
    assertThat(buyAt(null, "S0001", noon(D), List.of(beer(5)))).doesNotContain("beer-snacks");
  }

  @Test
  void fishLoverPointsNeedsTheScoreAndFiveHundredYenOfFish() {
    String lover = Checkouts.newMember();
    String casual = Checkouts.newMember();
    Checkouts.putMember(lover, Map.of("scores", Map.of("fish-lover", 80)));
    Checkouts.putMember(casual, Map.of("scores", Map.of("fish-lover", 60)));
    assertThat(buy(lover, D, List.of(fish(500)))).contains("fish-lover-points");
    assertThat(buy(lover, D, List.of(fish(499)))).doesNotContain("fish-lover-points");
    assertThat(buy(casual, D, List.of(fish(800)))).doesNotContain("fish-lover-points");
  }

  @Test
  void energyTwentiesNeedsTheAgeBandAndThreeTimesInThirtyDays() {
    String young = Checkouts.newMember();
    String older = Checkouts.newMember();
    Checkouts.putMember(young, Map.of("birthDate", "2000-05-05"));
    Checkouts.putMember(older, Map.of("birthDate", "1990-05-05"));
    for (String m : List.of(young, older)) {
      buy(m, D.minusDays(29), List.of(energy()));
      buy(m, D.minusDays(10), List.of(energy()));
    }
    assertThat(buy(young, D, List.of(energy()))).contains("energy-twenties");
    assertThat(buy(older, D, List.of(energy()))).doesNotContain("energy-twenties");
  }

  @Test
  void shibuyaNeighboursNeedsTheAreaTheStoreAndTheSpend() {
    String neighbour = Checkouts.newMember();
    String visitor = Checkouts.newMember();
    Checkouts.putMember(neighbour, Map.of("area", "150"));
    Checkouts.putMember(visitor, Map.of("area", "151"));
    var groceries = List.of(item("4900000000001", "food/rice", "koshi", 1, 2000));
    assertThat(buyAt(neighbour, "S0012", noon(D), groceries)).contains("shibuya-neighbours");
    assertThat(buyAt(neighbour, "S0013", noon(D), groceries)).doesNotContain("shibuya-neighbours");
    assertThat(buyAt(visitor, "S0012", noon(D), groceries)).doesNotContain("shibuya-neighbours");
  }

  @Test
  void whenMoreAreEligibleThanTheReceiptTakesTheHighestPrioritiesPrintInOrder() {
    String m = Checkouts.newMember();
    Checkouts.putMember(
        m,
        Map.of(
            "gender",
            "female",
            "birthDate",
            "2000-05-05",
            "area",
            "150",
            "scores",
            Map.of("fish-lover", 90)));
    var everything =
        List.of(
            Checkouts.tea(),
            Checkouts.coffee(),
            energy(),
            beer(6),
            fish(600),
            item("4900000000001", "food/rice", "koshi", 1, 2000));
    for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
      buy(m, D.minusDays(daysAgo), everything);
    }
    List<String> printed = buyAt(m, "S0012", noon(D), everything);
    assertThat(printed).containsExactly("shibuya-neighbours", "energy-twenties", "tea-lover");
  }

  @Test
  void aCampaignOutsideItsPeriodDoesNotPrint() {
    assertThat(buyAt(null, "S0001", noon(LocalDate.of(2025, 12, 31)), List.of(beer(6))))
        .doesNotContain("beer-snacks");
    assertThat(buyAt(null, "S0001", "2026-01-01T00:00:00+09:00", List.of(beer(6))))
        .contains("beer-snacks");
  }

  static Map<String, Object> onigiri() {
    return item("4901000000123", "food/rice-balls/salmon", "morning", 1, 150);
  }

  @Test
  void stationBreakfastIsForKiosksOnWeekdayMorningsOnceAWeekPerMember() {
    String m = Checkouts.newMember();
    String tuesday8 = "2026-11-24T08:00:00+09:00";
    assertThat(buyAt(m, "S0101", tuesday8, List.of(onigiri()))).contains("station-breakfast");
    assertThat(buyAt(m, "S0102", "2026-11-30T08:00:00+09:00", List.of(onigiri())))
        .as("6 days later: capped")
        .doesNotContain("station-breakfast");
    assertThat(buyAt(m, "S0102", "2026-12-01T09:59:59+09:00", List.of(onigiri())))
        .as("7 days later, before 10:00")
        .contains("station-breakfast");
    String other = Checkouts.newMember();
    assertThat(buyAt(other, "S0101", "2026-11-24T10:00:00+09:00", List.of(onigiri())))
        .as("10:00 is past breakfast")
        .doesNotContain("station-breakfast");
    assertThat(buyAt(other, "S0001", tuesday8, List.of(onigiri())))
        .as("not a station kiosk")
        .doesNotContain("station-breakfast");
    assertThat(buyAt(other, "S0101", "2026-11-28T08:00:00+09:00", List.of(onigiri())))
        .as("a Saturday")
        .doesNotContain("station-breakfast");
  }
}
