package io.receiptcoupons.shopper;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.product.Totals;
import org.junit.jupiter.api.Test;

class DailySeriesTest {

  @Test
  void sumsTheInclusiveWindowOnly() {
    DailySeries s =
        DailySeries.EMPTY
            .plus(100, new Totals(1, 2, 300))
            .plus(110, new Totals(1, 1, 150))
            .plus(189, new Totals(1, 3, 450))
            .plus(190, new Totals(1, 1, 100));
    assertThat(s.sum(101, 190)).isEqualTo(new Totals(3, 5, 700));
    assertThat(s.sum(100, 190)).isEqualTo(new Totals(4, 7, 1000));
    assertThat(s.sum(191, 300)).isEqualTo(Totals.ZERO);
  }

  @Test
  void mergesTheSameDayAndKeepsDaysOrderedWhenAddedOutOfOrder() {
    DailySeries s =
        DailySeries.EMPTY
            .plus(200, new Totals(1, 1, 10))
            .plus(150, new Totals(1, 1, 10))
            .plus(200, new Totals(1, 2, 20));
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.sum(200, 200)).isEqualTo(new Totals(2, 3, 30));
    assertThat(s.sum(0, 199)).isEqualTo(new Totals(1, 1, 10));
  }

  @Test
  void retentionDropsOldAndZeroDays() {
    DailySeries s =
        DailySeries.EMPTY
            .plus(10, new Totals(1, 1, 1))
            .plus(20, new Totals(1, 1, 1))
            .plus(30, new Totals(1, 1, 1))
            .plus(30, new Totals(-1, -1, -1));
    DailySeries kept = s.retainFrom(15);
    assertThat(kept.size()).isEqualTo(1);
    assertThat(kept.sum(0, 100)).isEqualTo(new Totals(1, 1, 1));
  }

  @Test
  void encodingRoundTripsIncludingLargeAndNegativeValues() {
    DailySeries s =
        DailySeries.EMPTY
            .plus(20_000, new Totals(3, 40, 1_234_567_890_123L))
            .plus(20_399, new Totals(1, -2, -500))
            .plus(19_999, new Totals(0, 0, 0));
    DailySeries back = DailySeries.decode(s.encode());
    assertThat(back.size()).isEqualTo(3);
    assertThat(back.sum(0, Integer.MAX_VALUE)).isEqualTo(s.sum(0, Integer.MAX_VALUE));
    assertThat(back.sum(20_399, 20_399)).isEqualTo(new Totals(1, -2, -500));
    assertThat(s.encode().length).isLessThan(30);
  }

  @Test
  void historyWindowCountsTheCheckoutDayAndNinetyDaysBackExclusive() {
    PurchaseHistory h = PurchaseHistory.empty();
    int d = 20_000;
    h.record(d - 90, java.util.Map.of("c:tea", new Totals(1, 1, 100)));
    h.record(d - 89, java.util.Map.of("c:tea", new Totals(1, 1, 100)));
    h.record(d, java.util.Map.of("c:tea", new Totals(1, 2, 200)));
    assertThat(h.window("c:tea", d, 90)).isEqualTo(new Totals(2, 3, 300));
    assertThat(h.window("c:coffee", d, 90)).isEqualTo(Totals.ZERO);
  }

  @Test
  void mergeIntoAddsInterleavedAndSharedDays() {
    DailySeries a = DailySeries.EMPTY.plus(10, new Totals(1, 1, 10)).plus(30, new Totals(1, 3, 30));
    DailySeries b = DailySeries.EMPTY.plus(20, new Totals(1, 2, 20)).plus(30, new Totals(1, 1, 1));
    DailySeries merged = a.mergeInto(b);
    assertThat(merged.size()).isEqualTo(3);
    assertThat(merged.sum(30, 30)).isEqualTo(new Totals(2, 4, 31));
    assertThat(merged.sum(0, 25)).isEqualTo(new Totals(2, 3, 30));
    assertThat(merged.lastDay()).isEqualTo(30);
  }

  @Test
  void windowBoundsCountPositionsFromTheFirstDayOnOrAfter() {
    DailySeries s = DailySeries.EMPTY.plus(10, new Totals(1, 1, 10)).plus(20, new Totals(2, 2, 20));
    assertThat(s.lowerBound(5)).isZero();
    assertThat(s.lowerBound(10)).isZero();
    assertThat(s.lowerBound(11)).isEqualTo(1);
    assertThat(s.lowerBound(21)).isEqualTo(2);
    assertThat(s.times(0, 2)).isEqualTo(3);
    assertThat(s.quantity(1, 2)).isEqualTo(2);
    assertThat(s.spend(0, 1)).isEqualTo(10);
  }
}
