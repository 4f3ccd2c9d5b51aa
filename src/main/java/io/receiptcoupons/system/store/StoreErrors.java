package io.receiptcoupons.system.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The one counter both stores count their own failures in, so dashboards see either mode. */
final class StoreErrors {

  private StoreErrors() {}

  static Counter counter(MeterRegistry registry) {
    return Counter.builder("coupons.store.errors")
        .description("Store transactions that failed in the store itself")
        .register(registry);
  }
}
