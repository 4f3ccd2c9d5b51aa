package io.receiptcoupons.member;

import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.store.KeyPage;
import io.receiptcoupons.system.store.Locks;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import io.receiptcoupons.system.store.Swept;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Drops history days past the retention, and forgets a member whose last purchase is older than it,
 * in one batch of members per transaction under their checkout locks.
 */
@ApplicationScoped
public class MemberRetention {

  public static final String BUCKETS = "history-buckets";
  public static final String MEMBERS = "members";
  private final Store store;
  private final Locks locks;
  private final HistoryRepository histories;
  private final MemberService members;

  MemberRetention(Store store, Locks locks, HistoryRepository histories, MemberService members) {
    this.store = store;
    this.locks = locks;
    this.histories = histories;
    this.members = members;
  }

  /**
   * Sweeps up to {@code limit} members' histories from key {@code from}, keeping {@code minDay}.
   */
  public Swept sweep(String from, int limit, int minDay) {
    KeyPage page =
        store.inTransaction(tx -> KeyPage.read(tx.map(HistoryRepository.MAP), from, limit));
    List<String> batch = page.keys();
    long[] deleted = new long[2];
    // The checkout's member locks: a sweep never writes back a history a checkout just extended.
    locks.withLocks(
        Locks.MEMBERS,
        batch,
        () ->
            store.inTransaction(
                tx -> {
                  batch.forEach(member -> trim(tx, member, minDay, deleted));
                  return null;
                }));
    return new Swept(Map.of(BUCKETS, deleted[0], MEMBERS, deleted[1]), page.next());
  }

  private void trim(StoreTx tx, String member, int minDay, long[] deleted) {
    PurchaseHistory history = histories.load(tx, member);
    int before = buckets(history);
    if (history.isEmpty() || history.lastDay() < minDay) {
      members.eraseHeld(tx, member);
      deleted[0] += before;
      deleted[1]++;
      return;
    }
    history.retainFrom(minDay);
    int after = buckets(history);
    if (after < before) {
      histories.save(tx, member, history, minDay);
      deleted[0] += before - after;
    }
  }

  private static int buckets(PurchaseHistory history) {
    int buckets = 0;
    for (int i = 0; i < history.size(); i++) {
      buckets += history.series(i).size();
    }
    return buckets;
  }
}
