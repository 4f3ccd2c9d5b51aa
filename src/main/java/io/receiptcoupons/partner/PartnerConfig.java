package io.receiptcoupons.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often ended partner jobs are deleted, and how small a list may be. */
@ConfigMapping(prefix = "coupons.partners")
public interface PartnerConfig {

  /** The interval between sweeps; one also runs at start-up. */
  @WithDefault("PT1H")
  Duration deleteEndedEvery();

  /** The fewest distinct members a list may hold: a smaller one could single out individuals. */
  @WithDefault("50")
  int minimumListSize();
}
