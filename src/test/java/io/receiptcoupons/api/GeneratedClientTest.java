package io.receiptcoupons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.client.ApiClient;
import io.receiptcoupons.client.ApiException;
import io.receiptcoupons.client.api.CheckoutApi;
import io.receiptcoupons.client.api.RedemptionApi;
import io.receiptcoupons.client.model.CheckoutRequest;
import io.receiptcoupons.client.model.CheckoutResponse;
import io.receiptcoupons.client.model.Coupon;
import io.receiptcoupons.client.model.LineItem;
import io.receiptcoupons.client.model.Problem;
import io.receiptcoupons.client.model.RedemptionRequest;
import io.receiptcoupons.client.model.RedemptionResponse;
import io.receiptcoupons.client.model.RejectionReason;
import io.receiptcoupons.client.model.VoidResponse;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A POS client generated from the committed docs/openapi/openapi.json (openapi-generator, java,
 * native) runs checkout, redeem and void against the running service.
 */
@QuarkusTest
class GeneratedClientTest {

  static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T12:00:00+09:00");

  @TestHTTPResource("/")
  URI root;

  private CheckoutApi checkouts;
  private RedemptionApi redemptions;

  @BeforeEach
  void client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(root.toString().replaceAll("/$", ""));
    client.setRequestInterceptor(request -> request.header(TestApiKey.HEADER, TestApiKey.VALUE));
    checkouts = new CheckoutApi(client);
    redemptions = new RedemptionApi(client);
  }

  @Test
  void checkoutRedeemAndVoidRunThroughTheGeneratedClient() throws Exception {
    CheckoutResponse checkout = checkouts.createCheckout(beers(transaction()));
    assertThat(checkout.getDegraded()).isFalse();
    Coupon coupon =
        checkout.getCoupons().stream()
            .filter(c -> c.getCampaignId().equals("beer-snacks"))
            .findFirst()
            .orElseThrow();
    assertThat(coupon.getValidFrom()).isNotNull();
    assertThat(coupon.getOffer().getValue()).isEqualTo(50L);

    RedemptionResponse redeemed = redemptions.redeemCoupon(chips(coupon.getCode()));
    assertThat(redeemed.getAccepted()).isTrue();
    assertThat(redeemed.getReason()).isNull();
    assertThat(redeemed.getCampaignId()).isEqualTo("beer-snacks");

    VoidResponse voided = checkouts.voidCheckout(checkout.getTransactionId());
    assertThat(voided.getAlreadyRedeemed()).containsExactly(coupon.getCode());
    assertThat(voided.getVoidedAt()).isNotNull();

    RedemptionResponse again = redemptions.redeemCoupon(chips(coupon.getCode()));
    assertThat(again.getAccepted()).isFalse();
    assertThat(again.getReason()).isEqualTo(RejectionReason.ALREADY_REDEEMED);
  }

  @Test
  void errorBodiesComeBackAsProblems() throws Exception {
    CheckoutRequest bad = beers(transaction());
    bad.getItems().get(0).setQuantity(java.math.BigDecimal.ZERO);
    Problem invalid = problem(() -> checkouts.createCheckout(bad), 400);
    assertThat(invalid.getErrors()).extracting(e -> e.getField()).contains("items[0].quantity");

    Problem unknown = problem(() -> checkouts.voidCheckout(transaction()), 404);
    assertThat(unknown.getTitle()).isEqualTo("Not Found");
  }

  private Problem problem(Call call, int status) throws Exception {
    ApiException e = catchThrowableOfType(ApiException.class, call::run);
    assertThat(e.getCode()).isEqualTo(status);
    Problem problem =
        new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(status);
    return problem;
  }

  interface Call {
    void run() throws Exception;
  }

  private static String transaction() {
    return "T-" + UUID.randomUUID();
  }

  private static CheckoutRequest beers(String transactionId) {
    return new CheckoutRequest()
        .transactionId(transactionId)
        .storeId("S0001")
        .terminalId("T01")
        .occurredAt(AT)
        .items(List.of(item("4901777000011", "alcohol/beer/lager", "kirin", 6, 250)));
  }

  private static RedemptionRequest chips(String code) {
    return new RedemptionRequest()
        .code(code)
        .storeId("S0001")
        .transactionId(transaction())
        .occurredAt(AT.plusDays(1))
        .items(List.of(item("4900000000111", "snacks/chips/salted", "crunchy", 1, 180)));
  }

  private static LineItem item(
      String sku, String category, String brand, int quantity, long price) {
    return new LineItem()
        .sku(sku)
        .category(category)
        .brand(brand)
        .quantity(java.math.BigDecimal.valueOf(quantity))
        .unitPrice(price);
  }
}
