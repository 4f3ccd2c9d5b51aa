package io.receiptcoupons.member;

import io.receiptcoupons.member.CardLinks.CardLink;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.BadInputException;
import io.receiptcoupons.system.ConflictException;
import io.receiptcoupons.system.audit.AuditLog;
import io.receiptcoupons.system.store.Locks;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;

/**
 * Card replacement: moves everything held on the old card onto the new one in one transaction,
 * merging with what the new card holds, and retires the old card.
 */
@ApplicationScoped
public class CardTransfer {

  private final Store store;
  private final MemberRepository members;
  private final HistoryRepository histories;
  private final MemberPseudonyms pseudonyms;
  private final CardLinks links;
  private final Locks locks;
  private final Instance<MemberHeld> held;
  private final AuditLog audit;

  CardTransfer(
      Store store,
      MemberRepository members,
      HistoryRepository histories,
      MemberPseudonyms pseudonyms,
      CardLinks links,
      Locks locks,
      @Any Instance<MemberHeld> held,
      AuditLog audit) {
    this.store = store;
    this.members = members;
    this.histories = histories;
    this.pseudonyms = pseudonyms;
    this.links = links;
    this.locks = locks;
    this.held = held;
    this.audit = audit;
  }

  /**
   * Moves {@code oldCard} onto {@code newCard}; empty when the old card was never seen. Repeating a
   * done transfer changes nothing and answers the same.
   */
  public Optional<CardTransferred> transfer(String oldCard, String newCard) {
    if (oldCard.equals(newCard)) {
      throw new BadInputException("to", "is the card being replaced; give the new card");
    }
    String from = pseudonyms.of(oldCard);
    String to = pseudonyms.of(newCard);
    // The checkouts' member locks: in embedded mode no checkout on either card runs meanwhile; in
    // Redis mode the commit's check of everything read makes a concurrent checkout run again.
    return locks
        .withLocks(
            Locks.MEMBERS,
            List.of(from, to),
            () -> store.inTransaction(tx -> inStore(tx, from, to)))
        .map(merged -> new CardTransferred(oldCard, newCard, merged));
  }

  private Optional<Boolean> inStore(StoreTx tx, String from, String to) {
    CardLink old = links.find(tx, from);
    if (old.retired()) {
      if (!old.retiredTo().equals(to)) {
        throw new ConflictException("This card was already replaced by another card");
      }
      return Optional.of(old.merged());
    }
    if (links.find(tx, to).retired()) {
      throw new BadInputException("to", "is a retired card; give its replacement");
    }
    PurchaseHistory history = histories.load(tx, from);
    if (!members.has(tx, from) && history.isEmpty() && old.holdoutAs() == null) {
      return Optional.empty();
    }
    boolean merged = moveAll(tx, from, to, history);
    links.save(tx, to, new CardLink(null, holdoutAs(old, from), false));
    links.save(tx, from, new CardLink(to, null, merged));
    audit.success(tx, AuditLog.MEMBER_TRANSFER, from + " -> " + to, null);
    return Optional.of(merged);
  }

  /**
   * The single place where per-member state moves: profile, history, then every {@link MemberHeld}
   * (caps and spacing, coupons, follow-up, partner entries, idempotency records; a feature adding
   * member state implements it, or is called here). Returns whether the new card held a profile or
   * history already.
   */
  private boolean moveAll(StoreTx tx, String from, String to, PurchaseHistory history) {
    PurchaseHistory target = histories.load(tx, to);
    boolean merged = members.has(tx, to) || !target.isEmpty();
    MemberProfile profile = profile(tx, from, to);
    members.save(tx, to, profile);
    members.erase(tx, from);
    target.merge(history);
    histories.erase(tx, from);
    if (profile.optedOut()) {
      histories.erase(tx, to);
    } else {
      histories.save(tx, to, target, Integer.MIN_VALUE);
    }
    held.forEach(feature -> feature.transfer(tx, from, to));
    return merged;
  }

  // The new card's own attributes win when it has some; an opt-out on either card is kept.
  private MemberProfile profile(StoreTx tx, String from, String to) {
    MemberProfile old = members.find(tx, from);
    MemberProfile kept = members.has(tx, to) ? members.find(tx, to) : old;
    boolean optedOut = old.optedOut() || kept.optedOut();
    return new MemberProfile(
        kept.gender(), kept.birthDate(), kept.area(), kept.joinDate(), kept.scores(), optedOut);
  }

  // A card replaced twice keeps the first card's holdout groups.
  private static String holdoutAs(CardLink old, String from) {
    return old.holdoutAs() == null ? from : old.holdoutAs();
  }
}
