package io.receiptcoupons.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Switches for benchmark-only endpoints; all off in a real deployment. */
@ConfigMapping(prefix = "coupons.bench")
public interface BenchConfig {

  /** Serve POST /v1/bench/fixed-checkout, the HTTP baseline of the service benchmarks. */
  @WithDefault("false")
  boolean baselineEnabled();
}
