package io.receiptcoupons.shopper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

  @Test
  void addKeepsInsertionPositionsAndFindsEachKeyAfterGrowing() {
    KeyIndex index = new KeyIndex(2);
    for (int i = 0; i < 10_000; i++) {
      assertThat(index.add("c:food/type-" + i)).isEqualTo(i);
    }
    assertThat(index.size()).isEqualTo(10_000);
    for (int i = 0; i < 10_000; i += 7) {
      String key = "c:food/type-" + i;
      assertThat(index.find(key)).isEqualTo(i);
      assertThat(index.key(i)).isEqualTo(key);
      assertThat(index.hash(i)).isEqualTo(key.hashCode());
    }
    assertThat(index.find("c:food/type-10000")).isEqualTo(-1);
  }

  @Test
  void addingAKeyAgainReturnsItsPosition() {
    KeyIndex index = new KeyIndex(4);
    index.add("b:acme");
    index.add("c:tea");
    assertThat(index.add(new String("b:acme"))).isZero();
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void keysWithTheSameHashCodeAreToldApart() {
    // "Aa" and "BB" share String.hashCode, so the index must compare the strings themselves.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    KeyIndex index = new KeyIndex(4);
    index.add("Aa");
    assertThat(index.find("BB")).isEqualTo(-1);
    index.add("BB");
    assertThat(index.find("Aa")).isZero();
    assertThat(index.find("BB")).isEqualTo(1);
  }
}
