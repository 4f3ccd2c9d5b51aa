package io.receiptcoupons.explain;

import io.receiptcoupons.campaign.Evaluation;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.member.MemberRepository;
import io.receiptcoupons.partner.PartnerLists;
import io.receiptcoupons.product.LineItem;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.product.TransactionTotals;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains each live campaign for a member at an instant, from the same inputs a checkout there
 * would evaluate: the stored history, the basket (counted, never recorded), profile and store.
 */
@ApplicationScoped
public class EligibilityService {

  private final Store store;
  private final MemberRepository members;
  private final HistoryRepository histories;
  private final MemberPseudonyms pseudonyms;
  private final Rulesets rulesets;
  private final IssuanceBlocks blocks;
  private final ProgrammeConfig programme;
  private final PartnerLists partners;

  EligibilityService(
      Store store,
      MemberRepository members,
      HistoryRepository histories,
      MemberPseudonyms pseudonyms,
      Rulesets rulesets,
      IssuanceBlocks blocks,
      ProgrammeConfig programme,
      PartnerLists partners) {
    this.store = store;
    this.members = members;
    this.histories = histories;
    this.pseudonyms = pseudonyms;
    this.rulesets = rulesets;
    this.blocks = blocks;
    this.programme = programme;
    this.partners = partners;
  }

  /** {@code storeId} may be null (store predicates then fail); {@code items} may be empty. */
  public Eligibility explain(String cardNumber, Instant at, String storeId, List<LineItem> items) {
    Ruleset rules = rulesets.acquire();
    try {
      Query q = new Query(cardNumber, pseudonyms.of(cardNumber), at, storeId, items);
      return store.inTransaction(tx -> explain(tx, rules, q));
    } finally {
      rules.release();
    }
  }

  private record Query(
      String cardNumber, String member, Instant at, String storeId, List<LineItem> items) {}

  private Eligibility explain(StoreTx tx, Ruleset rules, Query q) {
    LocalDate date = q.at().atZone(programme.timeZone()).toLocalDate();
    MemberProfile profile = members.find(tx, q.member());
    if (profile.optedOut()) {
      return new Eligibility(
          q.cardNumber(), q.at(), date, q.storeId(), true, rules.version(), List.of());
    }
    Map<String, Totals> basket = basket(q.items(), rules);
    PurchaseHistory history = histories.load(tx, q.member());
    // Counted as the checkout counts it, before the rules run; this copy is never saved.
    history.record((int) date.toEpochDay(), basket);
    Set<String> lists = partners.of(tx, q.member(), rules.partnerLists(), date);
    Evaluation e = new Evaluation(history, basket, profile, q.storeId(), date, lists);
    ConditionExplainer explainer = new ConditionExplainer(rules.storeGroups());
    List<CampaignEligibility> campaigns =
        rules.campaigns().stream().map(c -> campaign(tx, explainer, c, e, q)).toList();
    return new Eligibility(
        q.cardNumber(), q.at(), date, q.storeId(), false, rules.version(), campaigns);
  }

  private CampaignEligibility campaign(
      StoreTx tx, ConditionExplainer explainer, Campaign c, Evaluation e, Query q) {
    Verdict v = explainer.explain(c.conditions(), e);
    List<String> blockedBy = blocks.of(tx, c, q.member(), q.at(), e.localDate());
    return new CampaignEligibility(c.id(), c.name(), v.passed(), v.checks(), blockedBy);
  }

  private static Map<String, Totals> basket(List<LineItem> items, Ruleset rules) {
    TransactionTotals totals = new TransactionTotals(rules.products());
    items.forEach(totals::add);
    return totals.close();
  }
}
