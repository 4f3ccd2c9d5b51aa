package io.receiptcoupons.checkout;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The checkout counters: requests by outcome, and the shed, late and retired-card answers. */
final class CheckoutOutcomes {

  static final String[] OUTCOMES = {"ok", "replay", "degraded", "conflict", "bad-request"};
  private final Map<String, Counter> outcomes;
  private final Counter shed;
  private final Counter late;
  private final Counter retired;

  CheckoutOutcomes(MeterRegistry registry) {
    outcomes =
        Stream.of(OUTCOMES)
            .collect(
                Collectors.toUnmodifiableMap(
                    o -> o,
                    o ->
                        Counter.builder("coupons.checkout.requests")
                            .description("Checkout requests by outcome")
                            .tag("outcome", o)
                            .register(registry)));
    shed =
        Counter.builder("coupons.checkout.shed")
            .description("Checkouts answered degraded at once: concurrency and queue were full")
            .register(registry);
    late =
        Counter.builder("coupons.checkout.late")
            .description("Checkouts answered degraded because they were not decided in time")
            .register(registry);
    retired =
        Counter.builder("coupons.checkout.retired.cards")
            .description("Checkouts on a replaced card, served as no card")
            .register(registry);
  }

  void retired() {
    retired.increment();
  }

  void shed() {
    shed.increment();
    count("degraded");
  }

  void late() {
    late.increment();
    count("degraded");
  }

  void count(String outcome) {
    outcomes.get(outcome).increment();
  }
}
