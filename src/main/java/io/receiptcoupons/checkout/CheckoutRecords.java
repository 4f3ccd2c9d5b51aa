package io.receiptcoupons.checkout;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.system.EmbeddedStore.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What each transactionId was answered, so that retries replay it exactly. */
@ApplicationScoped
public class CheckoutRecords {

  private static final String MAP = "checkouts";
  private final ObjectMapper json;

  /** A recorded checkout: the request's fingerprint and the response given. */
  public record Recorded(String fingerprint, CheckoutResponse response) {}

  CheckoutRecords(ObjectMapper json) {
    this.json = json;
  }

  public Recorded find(StoreTx tx, String transactionId) {
    byte[] bytes = tx.map(MAP).get(transactionId);
    try {
      return bytes == null ? null : json.readValue(bytes, Recorded.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable checkout record " + transactionId, e);
    }
  }

  public void save(StoreTx tx, String transactionId, Recorded recorded) {
    try {
      tx.map(MAP).put(transactionId, json.writeValueAsBytes(recorded));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
