package io.receiptcoupons.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where degraded checkouts' purchase facts wait for the store to come back, and how many. */
@ConfigMapping(prefix = "coupons.spool")
public interface SpoolConfig {

  /** A local directory; one synced file per degraded checkout. */
  @WithDefault("data/spool")
  String dir();

  /** Past this many the oldest are dropped (and counted in coupons_spool_dropped_total). */
  @WithDefault("100000")
  int max();

  /** How often the spool is applied while it holds anything. */
  @WithDefault("1000")
  int applyEveryMs();
}
