package io.receiptcoupons.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.member.MemberHeld;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.system.store.StoreTx;
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
public class Conversions implements MemberHeld {

  public static final String ISSUED = "issued";
  public static final String HELD_OUT = "held-out";
  private static final String MAP = "exposures";
  private static final TypeReference<List<Exposure>> LIST = new TypeReference<>() {};
  private final ObjectMapper json;

  /** A coupon (or, for the holdout, the coupon they would have had) being watched. */
  public record Exposure(
      String campaignId, String group, LocalDate from, LocalDate until, ProductSet products) {}

  Conversions(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Records conversions by this checkout's basket into {@code batch}, and forgets expired
   * exposures; returns the member's open exposures, to which the checkout may add before {@link
   * #save}.
   */
  public Open observe(
      StoreTx tx, Occasion o, LedgerBatch batch, Predicate<ProductSet> basketHolds) {
    List<Exposure> open = load(tx, o.member());
    List<Exposure> kept = new ArrayList<>();
    for (Exposure e : open) {
      boolean inWindow = !o.localDate().isBefore(e.from()) && !o.localDate().isAfter(e.until());
      if (inWindow && basketHolds.test(e.products())) {
        batch.add(o.event(LedgerEvent.Kind.CONVERTED, e.campaignId(), null, e.group(), null));
      } else if (!o.localDate().isAfter(e.until())) {
        kept.add(e);
      }
    }
    return new Open(o.member(), kept, kept.size() != open.size());
  }

  /** Writes the member's open exposures once, if this checkout changed them. */
  public void save(StoreTx tx, Open open) {
    if (open.changed) {
      save(tx, open.member, open.exposures);
    }
  }

  /** One member's open exposures inside one transaction: read once, written once. */
  public static final class Open {
    private final String member;
    private final List<Exposure> exposures;
    private boolean changed;

    private Open(String member, List<Exposure> exposures, boolean changed) {
      this.member = member;
      this.exposures = exposures;
      this.changed = changed;
    }

    /** Nobody to follow up: a shopper without a card, or an opted-out member. */
    public static Open nobody() {
      return new Open(null, new ArrayList<>(), false);
    }

    public void add(Exposure exposure) {
      if (member != null) {
        exposures.add(exposure);
        changed = true;
      }
    }
  }

  /** Forgets the member's holdout and conversion follow-up (erasure). */
  @Override
  public void erase(StoreTx tx, String member) {
    tx.map(MAP).remove(member);
  }

  /** Moves the member's holdout and conversion follow-up onto the new card (card transfer). */
  @Override
  public void transfer(StoreTx tx, String from, String to) {
    List<Exposure> moved = load(tx, from);
    List<Exposure> exposures = load(tx, to);
    if (!moved.isEmpty()) {
      exposures.addAll(moved);
      save(tx, to, exposures);
      erase(tx, from);
    }
  }

  /** Hints the store that this transaction will read the member's open exposures. */
  public void prefetch(StoreTx tx, String member) {
    tx.prefetch(MAP, List.of(member));
  }

  private List<Exposure> load(StoreTx tx, String member) {
    byte[] bytes = tx.map(MAP).get(member);
    if (bytes == null) {
      return new ArrayList<>();
    }
    if (bytes[0] != '{' && bytes[0] != '[') {
      return ExposureBinary.decode(bytes);
    }
    // Exposures written before the binary form are JSON.
    try {
      return new ArrayList<>(json.readValue(bytes, LIST));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable exposures", e);
    }
  }

  private static void save(StoreTx tx, String member, List<Exposure> exposures) {
    if (exposures.isEmpty()) {
      tx.map(MAP).remove(member);
    } else {
      tx.map(MAP).put(member, ExposureBinary.encode(exposures));
    }
  }
}
