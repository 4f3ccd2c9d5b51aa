package io.receiptcoupons.member;

import io.receiptcoupons.system.Bytes;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What card replacement leaves on a pseudonym: a retired card's marker (old to new), and the
 * identity a replacement card's holdout is drawn under, so that it keeps the old card's groups.
 */
@ApplicationScoped
public class CardLinks {

  static final String MAP = "member-cards";
  private static final int VERSION = 1;

  /** A pseudonym's links; both null for a card never replaced nor a replacement. */
  public record CardLink(String retiredTo, String holdoutAs, boolean merged) {

    public static final CardLink NONE = new CardLink(null, null, false);

    public boolean retired() {
      return retiredTo != null;
    }
  }

  /** Hints the store that this transaction will read the member's links (the checkout's read). */
  public void prefetch(StoreTx tx, String member) {
    tx.prefetch(MAP, List.of(member));
  }

  public CardLink find(StoreTx tx, String member) {
    byte[] bytes = tx.map(MAP).get(member);
    if (bytes == null) {
      return CardLink.NONE;
    }
    Bytes.Reader in = new Bytes.Reader(bytes);
    if (in.read() != VERSION) {
      throw new IllegalArgumentException("Unknown card link version");
    }
    return new CardLink(in.string(), in.string(), in.read() == 1);
  }

  /** The card that now holds what {@code member} held: the member, or the end of its markers. */
  public String holder(StoreTx tx, String member) {
    String current = member;
    for (CardLink link = find(tx, current); link.retired(); link = find(tx, current)) {
      current = link.retiredTo();
    }
    return current;
  }

  /** The identity the member's holdout draws use: their own, or the first card's they replaced. */
  public String holdoutIdentity(StoreTx tx, String member) {
    String as = find(tx, member).holdoutAs();
    return as == null ? member : as;
  }

  void save(StoreTx tx, String member, CardLink link) {
    Bytes out = new Bytes(64);
    out.write(VERSION);
    out.string(link.retiredTo());
    out.string(link.holdoutAs());
    out.write(link.merged() ? 1 : 0);
    tx.map(MAP).put(member, out.toArray());
  }

  /** Removes the member's links: a retired card's marker, a replacement's holdout identity. */
  void erase(StoreTx tx, String member) {
    tx.map(MAP).remove(member);
  }
}
