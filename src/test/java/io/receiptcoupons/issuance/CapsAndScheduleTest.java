package io.receiptcoupons.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.checkout.Checkouts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IssuanceProfile.class)
class CapsAndScheduleTest {

  @Test
  void perMemberCapsHoldAtTheExactDay() {
    String member = Checkouts.newMember();
    LocalDate d = LocalDate.of(2026, 12, 1);
    assertThat(capped(member, d)).isFalse();
    assertThat(capped(member, d.plusDays(6))).as("6 days after: too soon").isTrue();
    assertThat(capped(member, d.plusDays(7))).as("7 days after: allowed").isFalse();
    assertThat(capped(member, d.plusDays(30))).as("a third coupon: over max 2").isTrue();
    assertThat(Issuing.stats("capped").getLong("counts.capped")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void scheduleBoundariesAreExactInstantsInTokyoTime() {
    assertThat(live("2026-12-05T07:29:59.999+09:00")).as("before the start instant").isFalse();
    assertThat(live("2026-12-05T07:30:00+09:00")).as("at the start instant").isTrue();
    assertThat(live("2026-12-05T10:59:59.999+09:00")).as("last millisecond of 10h").isTrue();
    assertThat(live("2026-12-05T11:00:00+09:00")).as("11:00 is outside 7-11").isFalse();
    assertThat(live("2026-12-05T02:00:00Z")).as("11:00 Tokyo, sent in UTC").isFalse();
    assertThat(live("2026-12-04T22:30:00Z")).as("Sat 07:30 Tokyo, sent in UTC").isTrue();
    assertThat(live("2026-12-11T08:00:00+09:00")).as("a Friday").isFalse();
    assertThat(live("2026-12-27T09:59:59.999+09:00")).as("before the end").isTrue();
    assertThat(live("2026-12-27T10:00:00+09:00")).as("at the end instant").isFalse();
  }

  @Test
  void oneCouponPerExclusivityGroupAndTheHigherPriorityWins() {
    List<String> printed =
        Issuing.campaigns(
            Issuing.buy(
                Checkouts.newTransaction(),
                Checkouts.newMember(),
                "S0001",
                Checkouts.noon(LocalDate.of(2026, 12, 1)),
                "X-1"));
    assertThat(printed).containsExactly("tea-deal-a");
    assertThat(Issuing.stats("tea-deal-b").getLong("counts.crowdedOut")).isPositive();
  }

  @Test
  void storeGroupsTargetTheirStoresOnly() {
    String at = Checkouts.noon(LocalDate.of(2026, 12, 1));
    assertThat(Issuing.campaigns(Issuing.buy(Checkouts.newTransaction(), null, "K0002", at, "K-1")))
        .containsExactly("kiosk-only");
    assertThat(Issuing.campaigns(Issuing.buy(Checkouts.newTransaction(), null, "S0001", at, "K-1")))
        .isEmpty();
  }

  private static boolean capped(String member, LocalDate day) {
    return !Issuing.campaigns(
            Issuing.buy(Checkouts.newTransaction(), member, "S0001", Checkouts.noon(day), "C-2"))
        .contains("capped");
  }

  private static boolean live(String at) {
    return Issuing.campaigns(Issuing.buy(Checkouts.newTransaction(), null, "S0001", at, "W-1"))
        .contains("weekend-breakfast");
  }
}
