package io.receiptcoupons.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.campaign.model.ProductSet;
import io.receiptcoupons.system.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Measures lift: after a member is issued a coupon or held out, did they buy its products while it
 * was valid? Both groups are watched the same way, so their purchase rates compare.
 */
@ApplicationScoped
public class Conversions {

  public static final String ISSUED = "issued";
  public static final String HELD_OUT = "held-out";
  private static final String MAP = "exposures";
  private static final TypeReference<List<Exposure>> LIST = new TypeReference<>() {};
  private final ObjectMapper json;
  private final Ledger ledger;

  /** A coupon (or, for the holdout, the coupon they would have had) being watched. */
  public record Exposure(
      String campaignId, String group, LocalDate from, LocalDate until, ProductSet products) {}

  Conversions(ObjectMapper json, Ledger ledger) {
    this.json = json;
    this.ledger = ledger;
  }

  /** Records conversions by this checkout's basket, and forgets expired exposures. */
  public void observe(StoreTx tx, Occasion o, Predicate<ProductSet> basketHolds) {
    List<Exposure> open = load(tx, o.member());
    if (open.isEmpty()) {
      return;
    }
    List<Exposure> kept = new ArrayList<>();
    for (Exposure e : open) {
      boolean inWindow = !o.localDate().isBefore(e.from()) && !o.localDate().isAfter(e.until());
      if (inWindow && basketHolds.test(e.products())) {
        ledger.append(
            tx, o.event(LedgerEvent.Kind.CONVERTED, e.campaignId(), null, e.group(), null));
      } else if (!o.localDate().isAfter(e.until())) {
        kept.add(e);
      }
    }
    save(tx, o.member(), kept);
  }

  public void expose(StoreTx tx, String member, Exposure exposure) {
    List<Exposure> open = load(tx, member);
    open.add(exposure);
    save(tx, member, open);
  }

  private List<Exposure> load(StoreTx tx, String member) {
    byte[] bytes = tx.map(MAP).get(member);
    try {
      return bytes == null ? new ArrayList<>() : new ArrayList<>(json.readValue(bytes, LIST));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable exposures", e);
    }
  }

  private void save(StoreTx tx, String member, List<Exposure> exposures) {
    try {
      if (exposures.isEmpty()) {
        tx.map(MAP).remove(member);
      } else {
        tx.map(MAP).put(member, json.writeValueAsBytes(exposures));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
