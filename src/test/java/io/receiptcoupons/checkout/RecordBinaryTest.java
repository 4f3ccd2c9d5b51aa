package io.receiptcoupons.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.product.Totals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordBinaryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @Test
  void aRecordedCheckoutWithCouponsCountsAndAVoidComesBackEqual() {
    Coupon tea =
        new Coupon(
            "tea-lover",
            "ABCDEFGHJKMNPQRSTVWXYZ0123456",
            "緑茶 ¥100 off",
            List.of("line one", "line \"two\", with comma"),
            new Offer(Offer.Type.AMOUNT_OFF, 100L),
            new ProductSet(List.of("beverages/tea"), List.of("acme"), List.of()),
            DAY.plusDays(1),
            DAY.plusDays(14),
            new Coupon.Barcode("CODE128", "ABCDEFGHJKMNPQRSTVWXYZ0123456"));
    Coupon kiosk = new Coupon("kiosk", "K", "Kiosk", List.of("x"), null, null, DAY, DAY, null);
    CheckoutRecords.Recorded recorded =
        new CheckoutRecords.Recorded(
            "f1ngerpr1nt",
            new CheckoutResponse("S1-T1-1", "hash-123", List.of(tea, kiosk)),
            "pseudonym",
            DAY,
            Map.of("c:beverages", new Totals(1, 6, 1500), "b:acme", new Totals(-1, 0, -20)),
            new VoidResponse(
                "S1-T1-1", Instant.parse("2026-11-24T01:02:03.5Z"), List.of("K"), List.of()),
            "S1");

    assertThat(RecordBinary.decode(RecordBinary.encode(recorded))).isEqualTo(recorded);
  }

  @Test
  void anAnswerOnARetiredCardComesBackRetired() {
    CheckoutRecords.Recorded recorded =
        new CheckoutRecords.Recorded(
            "f",
            new CheckoutResponse("S1-T1-4", "v", List.of(), false, CheckoutResponse.RETIRED),
            null,
            DAY,
            Map.of(),
            null,
            "S1");

    assertThat(RecordBinary.decode(RecordBinary.encode(recorded))).isEqualTo(recorded);
  }

  @Test
  void anAnonymousDegradedAnswerWithoutAVoidComesBackEqual() {
    CheckoutRecords.Recorded recorded =
        new CheckoutRecords.Recorded(
            "f", CheckoutResponse.degraded("S1-T1-2"), null, null, Map.of(), null, null);

    assertThat(RecordBinary.decode(RecordBinary.encode(recorded))).isEqualTo(recorded);
  }

  @Test
  void aRecordWrittenBeforeStoresWereRecordedDecodesWithNoStore() {
    CheckoutRecords.Recorded recorded =
        new CheckoutRecords.Recorded(
            "f", CheckoutResponse.degraded("S1-T1-3"), null, null, Map.of(), null, "S1");
    byte[] bytes = RecordBinary.encode(recorded);
    // The store, then the card: a one-byte tag (length + 1), its two bytes, then a null card.
    byte[] older = java.util.Arrays.copyOf(bytes, bytes.length - 4);

    assertThat(RecordBinary.decode(older).storeId()).isNull();
    assertThat(RecordBinary.decode(older).response()).isEqualTo(recorded.response());
  }
}
