package io.receiptcoupons.checkout;

import io.receiptcoupons.coupon.Coupon;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** One checkout in flight: its timings, and the one log line and outcome it ends with. */
final class CheckoutProbe {

  // One INFO line per checkout, in its own category so that operators can route or mute it.
  static final Logger LOG = Logger.getLogger("coupons.checkout");
  private final CheckoutMetrics metrics;
  private final CheckoutRequest request;
  private final long startNanos;
  long engineNanos;
  boolean replay;
  // Set only once the checkout runs for a member who has not opted out: a log is a record too.
  String member;

  CheckoutProbe(CheckoutMetrics metrics, CheckoutRequest request, long startNanos) {
    this.metrics = metrics;
    this.request = request;
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
    Map<String, String> fields = fields(outcome, response, nanos);
    fields.forEach(MDC::put);
    try {
      LOG.infof(
          "checkout %s %s: %d coupons in %s ms",
          request.transactionId(), outcome, response.coupons().size(), fields.get("durationMs"));
    } finally {
      fields.keySet().forEach(MDC::remove);
    }
  }

  private Map<String, String> fields(String outcome, CheckoutResponse response, long nanos) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("transactionId", request.transactionId());
    fields.put("member", member == null ? "-" : member);
    fields.put("store", request.storeId());
    fields.put(
        "coupons",
        response.coupons().stream().map(Coupon::campaignId).collect(Collectors.joining(",")));
    fields.put("durationMs", String.format(Locale.ROOT, "%.3f", nanos / 1e6));
    fields.put(
        "rulesetVersion", response.rulesetVersion() == null ? "-" : response.rulesetVersion());
    fields.put("outcome", outcome);
    return fields;
  }
}
