package io.receiptcoupons.checkout;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What each transactionId was answered, so that retries replay it exactly. */
@ApplicationScoped
public class CheckoutRecords {

  static final String MAP = "checkouts";
  private final ObjectMapper json;

  /**
   * A recorded checkout: the request's fingerprint, the response given, and what a void must
   * reverse (the member's pseudonym, the local date and the counted totals), plus its void, and the
   * store it was recorded at (null in records written before stores were recorded).
   */
  public record Recorded(
      String fingerprint,
      CheckoutResponse response,
      String member,
      LocalDate localDate,
      Map<String, Totals> counted,
      VoidResponse voided,
      String storeId) {

    Recorded withVoid(VoidResponse v) {
      return new Recorded(fingerprint, response, member, localDate, counted, v, storeId);
    }

    Recorded withMember(String holder) {
      return new Recorded(fingerprint, response, holder, localDate, counted, voided, storeId);
    }
  }

  CheckoutRecords(ObjectMapper json) {
    this.json = json;
  }

  /** Hints the store that this transaction will look the transactionId up. */
  public void prefetch(StoreTx tx, String transactionId) {
    tx.prefetch(MAP, List.of(transactionId));
  }

  public Recorded find(StoreTx tx, String transactionId) {
    byte[] bytes = tx.map(MAP).get(transactionId);
    try {
      if (bytes == null) {
        return null;
      }
      // Records written before the binary form are JSON.
      return bytes[0] == '{' ? json.readValue(bytes, Recorded.class) : RecordBinary.decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable checkout record " + transactionId, e);
    }
  }

  public void save(StoreTx tx, String transactionId, Recorded recorded) {
    tx.map(MAP).put(transactionId, RecordBinary.encode(recorded));
  }
}
