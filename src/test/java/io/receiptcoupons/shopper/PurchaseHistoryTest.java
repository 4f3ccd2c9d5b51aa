package io.receiptcoupons.shopper;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.product.Totals;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseHistoryTest {

  static final int D = 20_000;

  @Test
  void encodingRoundTripsEveryKeyAndDay() {
    PurchaseHistory h = PurchaseHistory.empty();
    for (int i = 0; i < 300; i++) {
      h.record(D - i, Map.of("c:food/type-" + i % 40, new Totals(1, i, 100L * i)));
    }
    h.record(D, Map.of("b:café-ü", new Totals(1, -2, -3_000_000_000L)));
    PurchaseHistory back = HistoryCodec.decode(HistoryCodec.encode(h));
    assertThat(back.keys()).containsExactlyInAnyOrderElementsOf(h.keys());
    for (String key : h.keys()) {
      assertThat(back.window(key, D, 400)).isEqualTo(h.window(key, D, 400));
      assertThat(back.window(key, D, 30)).isEqualTo(h.window(key, D, 30));
      assertThat(back.series(key).size()).isEqualTo(h.series(key).size());
    }
    assertThat(back.window("b:café-ü", D, 1)).isEqualTo(new Totals(1, -2, -3_000_000_000L));
  }

  @Test
  void anEmptyHistoryEncodesInOneByte() {
    assertThat(HistoryCodec.encode(PurchaseHistory.empty())).hasSize(1);
    assertThat(HistoryCodec.decode(new byte[] {0}).isEmpty()).isTrue();
  }

  @Test
  void retentionDropsOldDaysAndKeysLeftWithNone() {
    PurchaseHistory h = PurchaseHistory.empty();
    h.record(D - 500, Map.of("c:tea", new Totals(1, 1, 100), "c:coffee", new Totals(1, 1, 100)));
    h.record(D, Map.of("c:tea", new Totals(1, 2, 200)));
    h.retainFrom(D - 399);
    assertThat(h.keys()).containsExactly("c:tea");
    assertThat(h.window("c:tea", D, 1000)).isEqualTo(new Totals(1, 2, 200));
    assertThat(h.series("c:coffee")).isSameAs(DailySeries.EMPTY);
  }

  @Test
  void reverseTakesBackNoMoreThanTheDayHolds() {
    PurchaseHistory h = PurchaseHistory.empty();
    h.record(D, Map.of("c:tea", new Totals(1, 2, 200)));
    h.reverse(D, Map.of("c:tea", new Totals(1, 5, 500), "c:coffee", new Totals(1, 1, 100)));
    assertThat(h.window("c:tea", D, 1)).isEqualTo(Totals.ZERO);
    assertThat(h.window("c:coffee", D, 1)).isEqualTo(Totals.ZERO);
    h.retainFrom(0);
    assertThat(h.isEmpty()).isTrue();
  }

  @Test
  void mergeAddsEveryKeyAndDayAndReturnsTheLatestDayTouched() {
    PurchaseHistory h = PurchaseHistory.empty();
    h.record(D - 10, Map.of("c:tea", new Totals(1, 1, 100)));
    PurchaseHistory delta = PurchaseHistory.empty();
    delta.record(D - 10, Map.of("c:tea", new Totals(1, 1, 100)));
    delta.record(D - 3, Map.of("c:tea", new Totals(1, 1, 100), "b:acme", new Totals(1, 4, 10)));
    assertThat(h.merge(delta)).isEqualTo(D - 3);
    assertThat(h.window("c:tea", D, 30)).isEqualTo(new Totals(3, 3, 300));
    assertThat(h.series("c:tea").size()).isEqualTo(2);
    assertThat(h.window("b:acme", D, 30)).isEqualTo(new Totals(1, 4, 10));
  }
}
