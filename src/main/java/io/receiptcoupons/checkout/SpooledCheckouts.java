package io.receiptcoupons.checkout;

import io.receiptcoupons.member.CardLinks;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberRepository;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * What a spooled degraded checkout leaves once the store answers again, once per transactionId: its
 * purchase counted in the history of the card that now holds it, and its record.
 */
@ApplicationScoped
class SpooledCheckouts {

  private final CheckoutRecords records;
  private final MemberRepository members;
  private final HistoryRepository histories;
  private final CardLinks links;
  private final ProgrammeConfig programme;

  SpooledCheckouts(
      CheckoutRecords records,
      MemberRepository members,
      HistoryRepository histories,
      CardLinks links,
      ProgrammeConfig programme) {
    this.records = records;
    this.members = members;
    this.histories = histories;
    this.links = links;
    this.programme = programme;
  }

  /** Records {@code facts} in {@code tx} unless their transaction is already recorded. */
  Void record(StoreTx tx, CheckoutRecords.Recorded facts) {
    String id = facts.response().transactionId();
    if (records.find(tx, id) != null) {
      return null;
    }
    // A card replaced meanwhile: its purchase counts for the card that now holds its history.
    String holder = links.holder(tx, facts.member());
    CheckoutRecords.Recorded kept = facts.withMember(holder);
    if (members.find(tx, holder).optedOut()) {
      kept =
          new CheckoutRecords.Recorded(
              facts.fingerprint(),
              facts.response(),
              null,
              facts.localDate(),
              Map.of(),
              null,
              facts.storeId());
    } else {
      PurchaseHistory history = histories.load(tx, holder);
      int day = (int) facts.localDate().toEpochDay();
      history.record(day, facts.counted());
      histories.save(tx, holder, history, day - programme.retentionDays() + 1);
    }
    records.save(tx, id, kept);
    return null;
  }
}
