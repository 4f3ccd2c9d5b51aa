package io.receiptcoupons.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published contract: what a generated client and a linter need from it. */
@QuarkusTest
class OpenApiContractTest {

  static final Path COMMITTED = Path.of("docs/openapi/openapi.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private JsonNode served;

  @BeforeEach
  void readServed() throws Exception {
    served =
        JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
  }

  @Test
  void theCommittedFileIsTheServedOne() throws Exception {
    assertThat(JSON.readTree(Files.readString(COMMITTED))).isEqualTo(served);
    assertThat(served.path("servers").toString())
        .isEqualTo("[{\"url\":\"/\",\"description\":\"This service's own origin\"}]");
  }

  @Test
  void everyOperationIsNamedTaggedAndSecuredWithItsRole() {
    List<String> ids = new ArrayList<>();
    operations()
        .forEach(
            (where, operation) -> {
              assertThat(operation.path("operationId").asText())
                  .as(where)
                  .matches("[a-z][A-Za-z]+");
              ids.add(operation.path("operationId").asText());
              assertThat(operation.path("tags")).as(where).hasSize(1);
              assertThat(operation.path("security").toString())
                  .as(where)
                  .isEqualTo("[{\"apiKey\":[]}]");
              assertThat(operation.path("description").asText())
                  .as(where)
                  .containsPattern("Role `[a-z-]+`");
              assertThat(operation.path("responses").has("401")).as(where).isTrue();
              assertThat(operation.path("responses").has("403")).as(where).isTrue();
            });
    assertThat(ids)
        .doesNotHaveDuplicates()
        .contains("createCheckout", "voidCheckout", "redeemCoupon");
    JsonNode scheme = served.at("/components/securitySchemes/apiKey");
    assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
    assertThat(scheme.path("in").asText()).isEqualTo("header");
    assertThat(scheme.path("name").asText()).isEqualTo("X-API-Key");
  }

  @Test
  void everyClientErrorIsAProblem() {
    operations()
        .forEach(
            (where, operation) ->
                operation
                    .path("responses")
                    .fields()
                    .forEachRemaining(
                        response -> {
                          if (response.getKey().startsWith("4")) {
                            assertThat(
                                    response
                                        .getValue()
                                        .at("/content/application~1problem+json/schema/$ref")
                                        .asText())
                                .as(where + " " + response.getKey())
                                .isEqualTo("#/components/schemas/Problem");
                          }
                        }));
    assertThat(served.at("/components/schemas/Problem/required").toString())
        .isEqualTo("[\"type\",\"title\",\"status\"]");
    assertThat(served.at("/components/schemas/Problem/properties").has("errors")).isTrue();
  }

  @Test
  void schemasHaveCleanNamesAndRequiredAndNullableFields() {
    assertThat(JSON.convertValue(served.at("/components/schemas"), Map.class).keySet())
        .doesNotContain("LocalDate", "OffsetDateTime", "Instant", "Type", "Status", "Reason")
        .contains("OfferType", "CampaignState", "RejectionReason", "Problem");
    assertThat(served.at("/components/schemas/CheckoutResponse/required").toString())
        .isEqualTo("[\"transactionId\",\"rulesetVersion\",\"coupons\",\"degraded\",\"card\"]");
    assertThat(served.at("/components/schemas/Budget/properties/total/type").toString())
        .contains("null");
    assertThat(served.at("/components/schemas/Rates/properties/lift/type").toString())
        .contains("null");
    assertThat(served.at("/components/schemas/RulesetView/properties/lastReloadFailure").toString())
        .contains("null");
    assertThat(served.at("/components/schemas/CheckoutRequest/required").toString())
        .contains("transactionId");
  }

  @Test
  void partnerPathParametersComeInPathOrderAndTheLedgerHasBodies() {
    JsonNode put = served.at("/paths/~1v1~1partners~1{partner}~1jobs~1{job}/put/parameters");
    assertThat(put.get(0).path("name").asText()).isEqualTo("partner");
    assertThat(put.get(1).path("name").asText()).isEqualTo("job");
    JsonNode ledger = served.at("/paths/~1v1~1ledger/get/responses/200/content");
    assertThat(ledger.has("application/jsonl")).isTrue();
    assertThat(ledger.has("text/csv")).isTrue();
  }

  private Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new java.util.TreeMap<>();
    served
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          if (!method.getKey().equals("parameters")) {
                            operations.put(
                                method.getKey().toUpperCase() + " " + path.getKey(),
                                method.getValue());
                          }
                        }));
    return operations;
  }
}
