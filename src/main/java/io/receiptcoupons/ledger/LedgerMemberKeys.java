package io.receiptcoupons.ledger;

import io.receiptcoupons.member.MemberHeld;
import io.receiptcoupons.system.store.StoreMap;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Each member's random ledger id, written in events in place of the pseudonym: erasure destroys the
 * mapping, and nothing then ties the member's old events to the card.
 */
@ApplicationScoped
public class LedgerMemberKeys implements MemberHeld {

  static final String MAP = "ledger-keys";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Hints the store that this transaction will read the member's ledger id. */
  public void prefetch(StoreTx tx, String member) {
    tx.prefetch(MAP, List.of(member));
  }

  /** The member's ledger id, drawn on their first event; null for a shopper without a card. */
  String idOf(StoreTx tx, String member) {
    if (member == null) {
      return null;
    }
    StoreMap map = tx.map(MAP);
    byte[] id = map.get(member);
    if (id != null) {
      return new String(id, StandardCharsets.US_ASCII);
    }
    String drawn = draw();
    map.put(member, drawn.getBytes(StandardCharsets.US_ASCII));
    return drawn;
  }

  /**
   * Card transfer: the new card keeps its own ledger id if it has one, else takes the old card's;
   * the old card's mapping goes either way, so its next event draws a fresh id.
   */
  @Override
  public void transfer(StoreTx tx, String fromMember, String toMember) {
    StoreMap map = tx.map(MAP);
    byte[] id = map.remove(fromMember);
    if (id != null && !map.containsKey(toMember)) {
      map.put(toMember, id);
    }
  }

  @Override
  public void erase(StoreTx tx, String member) {
    tx.map(MAP).remove(member);
  }

  private static String draw() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
