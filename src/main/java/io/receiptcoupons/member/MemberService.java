package io.receiptcoupons.member;

import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.BadInputException;
import io.receiptcoupons.system.audit.AuditLog;
import io.receiptcoupons.system.store.Locks;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Member attributes and erasure, keyed by pseudonym. */
@ApplicationScoped
public class MemberService {

  private final Store store;
  private final MemberRepository members;
  private final HistoryRepository histories;
  private final MemberPseudonyms pseudonyms;
  private final Rulesets rulesets;
  private final Locks locks;
  private final Instance<MemberHeld> held;
  private final AuditLog audit;
  private final CardLinks links;

  MemberService(
      Store store,
      MemberRepository members,
      HistoryRepository histories,
      MemberPseudonyms pseudonyms,
      Rulesets rulesets,
      Locks locks,
      @Any Instance<MemberHeld> held,
      AuditLog audit,
      CardLinks links) {
    this.held = held;
    this.links = links;
    this.store = store;
    this.members = members;
    this.histories = histories;
    this.pseudonyms = pseudonyms;
    this.rulesets = rulesets;
    this.locks = locks;
    this.audit = audit;
  }

  /** Sets a member's attributes; opting out also erases their purchase history. */
  public void put(String cardNumber, MemberProfile profile) {
    profile.scores().keySet().stream()
        .filter(name -> rulesets.current().lifestyleScores().indexOf(name) < 0)
        .findFirst()
        .ifPresent(
            name -> {
              throw new BadInputException("scores." + name, "unknown lifestyle score");
            });
    String member = pseudonyms.of(cardNumber);
    // The checkout's member lock: an opt-out never races a checkout writing that member's history.
    locked(
        member,
        tx -> {
          members.save(tx, member, profile);
          if (profile.optedOut()) {
            histories.erase(tx, member);
          }
          audit.success(
              tx,
              profile.optedOut() ? AuditLog.MEMBER_OPT_OUT : AuditLog.MEMBER_PROFILE,
              member,
              null);
        });
  }

  public MemberProfile get(String cardNumber) {
    String member = pseudonyms.of(cardNumber);
    return store.inTransaction(tx -> members.find(tx, member));
  }

  /**
   * What the engine holds on a member: totals per key over {@code days} days through {@code date}.
   */
  public HistoryView history(String cardNumber, LocalDate date, int days) {
    String member = pseudonyms.of(cardNumber);
    PurchaseHistory history = store.inTransaction(tx -> histories.load(tx, member));
    Map<String, Totals> totals = new TreeMap<>();
    int day = (int) date.toEpochDay();
    history.keys().forEach(key -> totals.put(key, history.window(key, day, days)));
    totals.values().removeIf(Totals::isZero);
    return new HistoryView(date, days, totals);
  }

  /**
   * Forgets a member entirely, in one transaction: attributes, purchase history, and everything
   * each feature holds on them (caps, coupons, follow-up, partner lists, idempotency records), and
   * the card's replacement links.
   */
  public void erase(String cardNumber) {
    String member = pseudonyms.of(cardNumber);
    locked(
        member,
        tx -> {
          eraseHeld(tx, member);
          audit.success(tx, AuditLog.MEMBER_ERASE, member, null);
        });
  }

  /** Erases inside the caller's transaction, the member's lock held (erasure and retention). */
  void eraseHeld(StoreTx tx, String member) {
    members.erase(tx, member);
    histories.erase(tx, member);
    held.forEach(feature -> feature.erase(tx, member));
    // A retired card's marker goes, so the card is then a never-seen card again.
    links.erase(tx, member);
  }

  private void locked(String member, Consumer<StoreTx> work) {
    locks.withLock(
        Locks.MEMBERS,
        member,
        () ->
            store.inTransaction(
                tx -> {
                  work.accept(tx);
                  return null;
                }));
  }
}
