package io.receiptcoupons.checkout;

import io.receiptcoupons.coupon.Coupon;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** One checkout in flight: its timings, and the one log line and outcome it ends with. */
final class CheckoutProbe {

  // One INFO line per checkout, in its own category so that operators can route or mute it.
  static final Logger LOG = Logger.getLogger("coupons.checkout");
  private static final String[] FIELDS = {
    "transactionId", "member", "store", "coupons", "durationMs", "rulesetVersion", "outcome"
  };
  private final CheckoutMetrics metrics;
  private final CheckoutRequest request;
  private final String member;
  private final long startNanos;
  long engineNanos;
  boolean replay;

  CheckoutProbe(CheckoutMetrics metrics, CheckoutRequest request, String member, long startNanos) {
    this.metrics = metrics;
    this.request = request;
    this.member = member;
    this.startNanos = startNanos;
  }

  CheckoutResponse answered(CheckoutResponse response) {
    end(replay ? "replay" : "ok", response);
    return response;
  }

  CheckoutResponse degraded(RuntimeException cause) {
    LOG.warnf(cause, "Degraded answer for %s: no coupons", request.transactionId());
    CheckoutResponse response = CheckoutResponse.degraded(request.transactionId());
    end("degraded", response);
    return response;
  }

  void conflict() {
    metrics.abandon();
    metrics.count("conflict");
  }

  private void end(String outcome, CheckoutResponse response) {
    long nanos = System.nanoTime() - startNanos;
    metrics.finish(nanos);
    metrics.count(outcome);
    if (LOG.isInfoEnabled()) {
      log(outcome, response, nanos);
    }
  }

  // The member is the pseudonym: the card number never reaches a log.
  private void log(String outcome, CheckoutResponse response, long nanos) {
    String coupons =
        response.coupons().stream().map(Coupon::campaignId).collect(Collectors.joining(","));
    String durationMs = String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e6);
    Object[] values = {
      request.transactionId(),
      member == null ? "-" : member,
      request.storeId(),
      coupons,
      durationMs,
      response.rulesetVersion() == null ? "-" : response.rulesetVersion(),
      outcome
    };
    for (int i = 0; i < FIELDS.length; i++) {
      MDC.put(FIELDS[i], values[i]);
    }
    try {
      LOG.infof(
          "checkout %s %s: %d coupons in %s ms",
          values[0], outcome, response.coupons().size(), durationMs);
    } finally {
      for (String field : FIELDS) {
        MDC.remove(field);
      }
    }
  }
}
