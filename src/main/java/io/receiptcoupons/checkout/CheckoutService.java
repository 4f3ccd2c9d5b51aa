package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.system.ConflictException;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;

/** Records a checkout in the member's history, evaluates the rules, and answers idempotently. */
@ApplicationScoped
public class CheckoutService {

  private final Store store;
  private final CheckoutRecords records;
  private final MemberPseudonyms pseudonyms;
  private final Rulesets rulesets;
  private final CheckoutRun runner;
  private final CheckoutLocks locks;
  private final CheckoutMetrics metrics;
  private final CheckoutReads reads;
  private final CheckoutSpool spool;

  CheckoutService(
      Store store,
      CheckoutRecords records,
      MemberPseudonyms pseudonyms,
      Rulesets rulesets,
      CheckoutRun runner,
      CheckoutLocks locks,
      CheckoutMetrics metrics,
      CheckoutReads reads,
      CheckoutSpool spool) {
    this.store = store;
    this.records = records;
    this.pseudonyms = pseudonyms;
    this.rulesets = rulesets;
    this.runner = runner;
    this.locks = locks;
    this.metrics = metrics;
    this.reads = reads;
    this.spool = spool;
  }

  public CheckoutResponse checkout(CheckoutRequest request) {
    String member = request.memberId() == null ? null : pseudonyms.of(request.memberId());
    CheckoutProbe probe = metrics.start(request);
    String fingerprint = RequestFingerprint.of(request);
    try {
      return probe.answered(locked(request, fingerprint, member));
    } catch (ConflictException e) {
      probe.conflict();
      throw e;
    } catch (RuntimeException e) {
      // The till must never wait on a broken engine or store: no coupons now, nothing recorded
      // (the transaction rolled back), and a retry of the same transactionId gets the real answer.
      // The purchase still counts: its facts wait in the spool until the store is back.
      spool.keep(request, member, fingerprint);
      return probe.degraded(e);
    }
  }

  private CheckoutResponse locked(CheckoutRequest request, String fingerprint, String member) {
    return locks.checkout(
        request.transactionId(),
        member,
        () -> metrics.store(() -> inStore(request, fingerprint, member)));
  }

  // The lease keeps this ruleset's rule base open even if a reload swaps in a new one meanwhile.
  private CheckoutResponse inStore(CheckoutRequest request, String fingerprint, String member) {
    Ruleset rules = rulesets.acquire();
    try {
      return store.inTransaction(tx -> replayOrRun(tx, rules, request, fingerprint, member));
    } finally {
      rules.release();
    }
  }

  private CheckoutResponse replayOrRun(
      StoreTx tx, Ruleset rules, CheckoutRequest request, String fingerprint, String member) {
    reads.hint(tx, rules, request.transactionId(), member);
    CheckoutRecords.Recorded prior = records.find(tx, request.transactionId());
    if (prior != null) {
      if (!prior.fingerprint().equals(fingerprint)) {
        throw new ConflictException(
            "transactionId " + request.transactionId() + " was already used with a different body");
      }
      metrics.replayed();
      return prior.response();
    }
    CheckoutRecords.Recorded recorded = runner.run(tx, rules, request, fingerprint, member);
    records.save(tx, request.transactionId(), recorded);
    return recorded.response();
  }
}
