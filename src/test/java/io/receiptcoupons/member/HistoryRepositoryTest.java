package io.receiptcoupons.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.store.Store;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryRepositoryTest {

  static final int D = 20_000;
  @Inject Store store;
  @Inject HistoryRepository histories;

  @Test
  void aMembersWholeHistoryIsOneStoreEntryAndSurvivesTheRoundTrip() {
    String member = UUID.randomUUID().toString();
    PurchaseHistory h = PurchaseHistory.empty();
    for (int i = 0; i < 264; i++) {
      h.record(D - i % 300, Map.of("c:type-" + i, new Totals(1, 1 + i % 3, 100L * i)));
    }
    store.inTransaction(
        tx -> {
          histories.save(tx, member, h, D - 399);
          return null;
        });
    PurchaseHistory back = store.inTransaction(tx -> histories.load(tx, member));
    assertThat(back.size()).isEqualTo(264);
    assertThat(back.window("c:type-7", D, 30)).isEqualTo(new Totals(1, 2, 700));
    assertThat(raw(member)).isNotEmpty();
  }

  @Test
  void writingDropsDaysBeforeTheRetentionAndErasureRemovesTheEntry() {
    String member = UUID.randomUUID().toString();
    PurchaseHistory h = PurchaseHistory.empty();
    h.record(D - 450, Map.of("c:tea", new Totals(1, 1, 100), "c:old", new Totals(1, 1, 100)));
    h.record(D, Map.of("c:tea", new Totals(1, 1, 100)));
    store.inTransaction(
        tx -> {
          histories.save(tx, member, h, D - 399);
          return null;
        });
    PurchaseHistory back = store.inTransaction(tx -> histories.load(tx, member));
    assertThat(back.keys()).containsExactly("c:tea");
    assertThat(back.window("c:tea", D, 1000)).isEqualTo(new Totals(1, 1, 100));
    store.inTransaction(
        tx -> {
          histories.erase(tx, member);
          return null;
        });
    assertThat(store.inTransaction(tx -> histories.load(tx, member)).isEmpty()).isTrue();
    assertThat(raw(member)).isNull();
  }

  private byte[] raw(String member) {
    return store.inTransaction(tx -> tx.map(HistoryRepository.MAP).get(member));
  }
}
