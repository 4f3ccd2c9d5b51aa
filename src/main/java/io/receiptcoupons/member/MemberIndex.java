package io.receiptcoupons.member;

import io.receiptcoupons.system.store.StoreMap;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The keys other maps hold under a member (their coupon codes, their transaction ids), so that
 * erasure finds them without scanning those maps whole.
 */
@ApplicationScoped
public class MemberIndex {

  private static final String MAP = "member-index";
  private static final byte[] EMPTY = new byte[0];

  /** Notes that {@code id} of {@code kind} belongs to the member. */
  public void add(StoreTx tx, String member, String kind, String id) {
    tx.map(MAP).put(member + "|" + kind + "|" + id, EMPTY);
  }

  /** Drops the note that {@code id} of {@code kind} belongs to the member (the id is deleted). */
  public void remove(StoreTx tx, String member, String kind, String id) {
    tx.map(MAP).remove(member + "|" + kind + "|" + id);
  }

  /** Every id of {@code kind} noted for the member, removing the notes. */
  public List<String> take(StoreTx tx, String member, String kind) {
    StoreMap map = tx.map(MAP);
    String prefix = member + "|" + kind + "|";
    List<String> keys = new ArrayList<>();
    // '}' follows '|': the range holds exactly the keys that start with the prefix.
    Iterator<String> it = map.keyIterator(prefix, member + "|" + kind + "}");
    it.forEachRemaining(keys::add);
    keys.forEach(map::remove);
    return keys.stream().map(key -> key.substring(prefix.length())).toList();
  }

  /** Moves every id of {@code kind} from one member to another (card transfer); returns them. */
  public List<String> move(StoreTx tx, String from, String to, String kind) {
    List<String> ids = take(tx, from, kind);
    ids.forEach(id -> add(tx, to, kind, id));
    return ids;
  }
}
