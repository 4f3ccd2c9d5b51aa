package io.receiptcoupons.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Supplier;

/** Items the retention sweep deleted, per kind, and how long each sweep took. */
@ApplicationScoped
class RetentionMetrics {

  private final MeterRegistry registry;
  private final Timer duration;

  RetentionMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.duration =
        Timer.builder("coupons.retention.sweep")
            .description("Duration of one retention sweep")
            .register(registry);
  }

  <T> T timed(Supplier<T> sweep) {
    return duration.record(sweep);
  }

  void deleted(Map<String, Long> perKind) {
    perKind.forEach(
        (kind, count) ->
            Counter.builder("coupons.retention.deleted")
                .description("Items deleted by the retention sweep")
                .tag("kind", kind)
                .register(registry)
                .increment(count));
  }
}
