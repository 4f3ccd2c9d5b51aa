package io.receiptcoupons.checkout;

import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.system.ConflictException;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;

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
  private final CheckoutAdmission admission;
  private final CheckoutErasure erasure;
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
      CheckoutAdmission admission,
      CheckoutErasure erasure,
      CheckoutReads reads,
      CheckoutSpool spool) {
    this.store = store;
    this.records = records;
    this.pseudonyms = pseudonyms;
    this.rulesets = rulesets;
    this.runner = runner;
    this.locks = locks;
    this.metrics = metrics;
    this.admission = admission;
    this.erasure = erasure;
    this.reads = reads;
    this.spool = spool;
  }

  /**
   * A till's checkout, answered within its deadline from {@code arrivalNanos} (System.nanoTime()
   * when the request arrived): decided for real, or degraded with nothing recorded.
   */
  public CompletionStage<CheckoutResponse> checkout(CheckoutRequest request, long arrivalNanos) {
    return admission.submit(
        request.transactionId(), arrivalNanos, deadline -> decide(request, deadline));
  }

  /** Whether admission would shed a checkout arriving now, before any work. */
  public boolean overloaded() {
    return admission.overloaded();
  }

  /** The degraded answer (counted as shed) for a checkout refused before its body was parsed. */
  public CheckoutResponse shed(String transactionId) {
    return admission.shedUnread(transactionId);
  }

  /** A checkout without a deadline, for the tools: always decided for real when it can be. */
  public CheckoutResponse checkout(CheckoutRequest request) {
    return decide(request, CheckoutDeadline.NONE);
  }

  private CheckoutResponse decide(CheckoutRequest request, CheckoutDeadline deadline) {
    String member = request.memberId() == null ? null : pseudonyms.of(request.memberId());
    CheckoutProbe probe = metrics.start(request);
    String fingerprint = RequestFingerprint.of(request);
    try {
      return probe.answered(locked(request, fingerprint, member, deadline));
    } catch (CheckoutDeadline.DeadlineExceeded e) {
      // Admission answers it degraded and counts it; the transaction has rolled back.
      metrics.abandon();
      throw e;
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

  private CheckoutResponse locked(
      CheckoutRequest request, String fingerprint, String member, CheckoutDeadline deadline) {
    return locks.checkout(
        request.transactionId(),
        member,
        () -> metrics.store(() -> inStore(request, fingerprint, member, deadline)));
  }

  // The lease keeps this ruleset's rule base open even if a reload swaps in a new one meanwhile.
  private CheckoutResponse inStore(
      CheckoutRequest request, String fingerprint, String member, CheckoutDeadline deadline) {
    deadline.check();
    Ruleset rules = rulesets.acquire();
    try {
      return store.inTransaction(
          tx -> {
            CheckoutResponse response = replayOrRun(tx, rules, request, fingerprint, member);
            // The last moment a late checkout can still roll back: past it, it commits and answers.
            deadline.claim();
            return response;
          });
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
    erasure.recorded(tx, recorded.member(), request.transactionId());
    return recorded.response();
  }
}
