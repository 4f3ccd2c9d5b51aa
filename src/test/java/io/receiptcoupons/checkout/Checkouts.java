package io.receiptcoupons.checkout;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test helpers: checkouts and members sent through the real HTTP API. */
public final class Checkouts {
  private Checkouts() {}

  /** A fresh card number, so that tests sharing one store never see each other's history. */
  public static String newMember() {
    return "98" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
  }

  public static String newTransaction() {
    return "T-" + UUID.randomUUID();
  }

  /** Noon in Tokyo on {@code date}, as the POS would send it. */
  public static String noon(LocalDate date) {
    return date.atTime(12, 0).atOffset(ZoneOffset.ofHours(9)).toString();
  }

  public static Map<String, Object> item(
      String sku, String category, String brand, int quantity, long unitPrice) {
    Map<String, Object> item = new HashMap<>();
    item.put("sku", sku);
    item.put("category", category);
    item.put("brand", brand);
    item.put("quantity", quantity);
    item.put("unitPrice", unitPrice);
    return item;
  }

  public static Map<String, Object> tea() {
    return item("4901234000028", "beverages/tea/green-tea", "acme", 1, 300);
  }

  public static Map<String, Object> coffee() {
    return item("4901234000035", "beverages/coffee/drip", "blue-mountain", 1, 500);
  }

  public static Map<String, Object> body(
      String transactionId,
      String member,
      String store,
      String at,
      List<Map<String, Object>> items) {
    Map<String, Object> body = new HashMap<>();
    body.put("transactionId", transactionId);
    if (member != null) {
      body.put("memberId", member);
    }
    body.put("storeId", store);
    body.put("terminalId", "T01");
    body.put("occurredAt", at);
    body.put("items", items);
    return body;
  }

  /** The card number of {@link #teaBody}'s checkout, derived from its transaction id. */
  public static String memberOf(String transactionId) {
    return "98" + (1_000_000_000L + Math.floorMod(transactionId.hashCode(), 1_000_000_000L));
  }

  /**
   * The JSON body of one tea bought at noon on 2026-11-20 by {@link #memberOf} the transaction: it
   * depends only on the transaction id, so that a replay sends exactly the same body.
   */
  public static String teaBody(String transactionId) {
    Map<String, Object> body =
        body(
            transactionId,
            memberOf(transactionId),
            "S0001",
            noon(LocalDate.of(2026, 11, 20)),
            List.of(tea()));
    try {
      return new ObjectMapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Response post(Object body) {
    return given().contentType(ContentType.JSON).body(body).post("/v1/checkouts");
  }

  /**
   * Checks out {@code items} for {@code member} at noon on {@code date}; returns printed campaign
   * ids.
   */
  public static List<String> buy(String member, LocalDate date, List<Map<String, Object>> items) {
    return buyAt(member, "S0001", noon(date), items);
  }

  public static List<String> buyAt(
      String member, String store, String at, List<Map<String, Object>> items) {
    return post(body(newTransaction(), member, store, at, items))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("coupons.campaignId", String.class);
  }

  /**
   * Redeems {@code code} at S0001 at noon on {@code date} against a basket of one green tea;
   * returns the answer (accepted, reason).
   */
  public static JsonPath redeemOnTea(String code, LocalDate date) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "code", code,
                "storeId", "S0001",
                "transactionId", newTransaction(),
                "occurredAt", noon(date),
                "items", List.of(item("4901234000011", "beverages/tea/green-tea", "acme", 1, 600))))
        .post("/v1/redemptions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  public static void putMember(String member, Map<String, Object> attributes) {
    given()
        .contentType(ContentType.JSON)
        .body(attributes)
        .put("/v1/members/" + member)
        .then()
        .statusCode(200);
  }
}
