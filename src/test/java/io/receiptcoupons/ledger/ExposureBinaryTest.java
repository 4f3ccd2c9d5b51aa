package io.receiptcoupons.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.ledger.Conversions.Exposure;
import io.receiptcoupons.product.ProductSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureBinaryTest {

  @Test
  void aMembersOpenExposuresComeBackEqualWithOrWithoutProducts() {
    LocalDate from = LocalDate.of(2026, 11, 24);
    List<Exposure> open =
        List.of(
            new Exposure(
                "tea-lover",
                Conversions.ISSUED,
                from,
                from.plusDays(13),
                new ProductSet(List.of("beverages/tea"), List.of("acme", "O'Hara & Co"), null)),
            new Exposure("kiosk", Conversions.HELD_OUT, from, from, null));

    assertThat(ExposureBinary.decode(ExposureBinary.encode(open))).isEqualTo(open);
  }
}
