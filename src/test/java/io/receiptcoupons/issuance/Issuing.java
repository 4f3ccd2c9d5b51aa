package io.receiptcoupons.issuance;

import static io.restassured.RestAssured.given;

import io.receiptcoupons.checkout.Checkouts;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Test helpers for issuance: one-item checkouts, parallel traffic, and campaign stats. */
public final class Issuing {
  private Issuing() {}

  public static Map<String, Object> item(String sku) {
    return Checkouts.item(sku, "test/items", "test", 1, 100);
  }

  /** Checks out one {@code sku} and returns the whole response. */
  public static JsonPath buy(String txn, String member, String store, String at, String sku) {
    return Checkouts.post(Checkouts.body(txn, member, store, at, List.of(item(sku))))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  public static List<String> campaigns(JsonPath checkout) {
    return checkout.getList("coupons.campaignId", String.class);
  }

  public static JsonPath stats(String campaignId) {
    return given()
        .get("/v1/campaigns/" + campaignId + "/stats")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * {@code n} checkouts of one {@code sku}, each by a fresh member, 32 at a time: how many of them
   * printed {@code campaignId}.
   */
  public static long issuedConcurrently(int n, String at, String sku, String campaignId)
      throws Exception {
    List<Callable<List<String>>> checkouts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      checkouts.add(
          () ->
              campaigns(buy(Checkouts.newTransaction(), Checkouts.newMember(), "S0001", at, sku)));
    }
    return inParallel(32, checkouts).stream().filter(c -> c.contains(campaignId)).count();
  }

  /** Runs every task on {@code threads} threads at once and returns their results in order. */
  public static <T> List<T> inParallel(int threads, List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> f : pool.invokeAll(tasks)) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
