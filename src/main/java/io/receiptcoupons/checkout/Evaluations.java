package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.partner.PartnerLists;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** What the rules see at a checkout; the checkout and explain build it here, the same way. */
@ApplicationScoped
public class Evaluations {

  private final HistoryRepository histories;
  private final PartnerLists partners;

  Evaluations(HistoryRepository histories, PartnerLists partners) {
    this.histories = histories;
    this.partners = partners;
  }

  /**
   * A member's evaluation, with the basket counted into the stored history before the rules run
   * (the purchase that makes "the 5th time" prints). Saving that history is the caller's choice.
   */
  public Evaluation ofMember(
      StoreTx tx,
      Ruleset rules,
      String member,
      MemberProfile profile,
      Map<String, Totals> basket,
      String storeId,
      LocalDate date) {
    PurchaseHistory history = histories.load(tx, member);
    history.record((int) date.toEpochDay(), basket);
    Set<String> lists = partners.of(tx, member, rules.partnerLists(), date);
    return new Evaluation(history, basket, profile, storeId, date, lists);
  }

  /** A shopper without a card, or opted out: the basket alone. */
  public static Evaluation anonymous(Map<String, Totals> basket, String storeId, LocalDate date) {
    return new Evaluation(PurchaseHistory.empty(), basket, MemberProfile.UNKNOWN, storeId, date);
  }
}
