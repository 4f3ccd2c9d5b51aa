package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.issuance.MemberCaps;
import io.receiptcoupons.ledger.Conversions;
import io.receiptcoupons.ledger.LedgerMemberKeys;
import io.receiptcoupons.member.CardLinks;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberRepository;
import io.receiptcoupons.partner.PartnerLists;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Everything a checkout reads, hinted to the store before its first read, so that in Redis mode the
 * idempotency record, card links, profile, history, exposures, caps, partner lists and ledger id
 * come in one round trip whatever the number of live campaigns.
 */
@ApplicationScoped
class CheckoutReads {

  private final CheckoutRecords records;
  private final MemberRepository members;
  private final HistoryRepository histories;
  private final Conversions conversions;
  private final MemberCaps caps;
  private final PartnerLists partners;
  private final CardLinks links;
  private final LedgerMemberKeys ledgerKeys;

  CheckoutReads(
      CheckoutRecords records,
      MemberRepository members,
      HistoryRepository histories,
      Conversions conversions,
      MemberCaps caps,
      PartnerLists partners,
      CardLinks links,
      LedgerMemberKeys ledgerKeys) {
    this.links = links;
    this.records = records;
    this.members = members;
    this.histories = histories;
    this.conversions = conversions;
    this.caps = caps;
    this.partners = partners;
    this.ledgerKeys = ledgerKeys;
  }

  void hint(StoreTx tx, Ruleset rules, String transactionId, String member) {
    records.prefetch(tx, transactionId);
    if (member == null) {
      return;
    }
    links.prefetch(tx, member);
    members.prefetch(tx, member);
    histories.prefetch(tx, member);
    conversions.prefetch(tx, member);
    caps.prefetch(tx, member, rules.campaigns());
    partners.prefetch(tx, member, rules.partnerLists());
    ledgerKeys.prefetch(tx, member);
  }
}
