package io.receiptcoupons.checkout;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreUse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Checkout meters: latency against the SLO buckets, engine and store time, store round trips, and
 * outcomes ({@link CheckoutOutcomes}).
 */
@ApplicationScoped
public class CheckoutMetrics {

  private static final Duration[] SLO_BUCKETS =
      Stream.of(0.5, 1, 2, 5, 10, 25, 50)
          .map(ms -> Duration.ofNanos((long) (ms.doubleValue() * 1_000_000)))
          .toArray(Duration[]::new);
  // A checkout runs on one worker thread from start to answer, so its probe can ride along there.
  private static final ThreadLocal<CheckoutProbe> CURRENT = new ThreadLocal<>();
  private final Timer latency;
  private final Timer engine;
  private final Timer store;
  private final CheckoutOutcomes outcomes;
  private final Store stores;
  private final DistributionSummary roundTrips;
  private final DistributionSummary commands;

  CheckoutMetrics(MeterRegistry registry, Store stores) {
    this.stores = stores;
    roundTrips = summary("coupons.checkout.store.round.trips", "Store round trips", registry);
    commands = summary("coupons.checkout.store.commands", "Store commands", registry);
    latency = timer("coupons.checkout.duration", "Checkout time in the service", registry);
    engine = timer("coupons.checkout.engine", "Rule evaluation time per checkout", registry);
    store = timer("coupons.checkout.store", "Store transaction time less the engine", registry);
    outcomes = new CheckoutOutcomes(registry);
  }

  /** A committed checkout on a retired card. */
  void retired() {
    outcomes.retired();
  }

  /** A checkout refused at admission; it is also a degraded answer. */
  void shed() {
    outcomes.shed();
  }

  /** A checkout past its deadline, answered degraded; its transaction rolls back. */
  void late() {
    outcomes.late();
  }

  /** Starts timing one checkout on this thread; end it with one of the probe's outcomes. */
  CheckoutProbe start(CheckoutRequest request) {
    CheckoutProbe probe = new CheckoutProbe(this, request, System.nanoTime());
    CURRENT.set(probe);
    return probe;
  }

  /** Runs one rule evaluation, timed as engine time of the checkout on this thread. */
  <T> T engine(Supplier<T> evaluation) {
    long start = System.nanoTime();
    try {
      return evaluation.get();
    } finally {
      long nanos = System.nanoTime() - start;
      engine.record(nanos, TimeUnit.NANOSECONDS);
      CheckoutProbe probe = CURRENT.get();
      if (probe != null) {
        probe.engineNanos += nanos;
      }
    }
  }

  /**
   * Runs the checkout's store transaction; store time is its duration less the engine's, and the
   * round trips and commands it sent (zero on the embedded store) are counted per checkout.
   */
  <T> T store(Supplier<T> transaction) {
    long start = System.nanoTime();
    StoreUse before = stores.used();
    try {
      return transaction.get();
    } finally {
      CheckoutProbe probe = CURRENT.get();
      long engineNanos = probe == null ? 0 : probe.engineNanos;
      store.record(Math.max(0, System.nanoTime() - start - engineNanos), TimeUnit.NANOSECONDS);
      StoreUse used = stores.used().since(before);
      roundTrips.record(used.roundTrips());
      commands.record(used.commands());
    }
  }

  /** The pseudonym the checkout on this thread records under; null for none or opted out. */
  void tracked(String member) {
    CheckoutProbe probe = CURRENT.get();
    if (probe != null) {
      probe.member = member;
    }
  }

  /** Marks the checkout on this thread as a replay of a recorded answer. */
  void replayed() {
    CheckoutProbe probe = CURRENT.get();
    if (probe != null) {
      probe.replay = true;
    }
  }

  void count(String outcome) {
    outcomes.count(outcome);
  }

  void finish(long nanos) {
    CURRENT.remove();
    latency.record(nanos, TimeUnit.NANOSECONDS);
  }

  void abandon() {
    CURRENT.remove();
  }

  private static DistributionSummary summary(String name, String what, MeterRegistry registry) {
    return DistributionSummary.builder(name)
        .description(what + " per checkout (Redis mode; zero on the embedded store)")
        .serviceLevelObjectives(1, 2, 3, 5, 10, 20)
        .register(registry);
  }

  private static Timer timer(String name, String description, MeterRegistry registry) {
    return Timer.builder(name)
        .description(description)
        .serviceLevelObjectives(SLO_BUCKETS)
        .publishPercentiles(0.5, 0.95, 0.99)
        .register(registry);
  }
}
