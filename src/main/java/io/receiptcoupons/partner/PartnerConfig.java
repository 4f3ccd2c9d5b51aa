package io.receiptcoupons.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often ended partner jobs are looked for and their data deleted. */
@ConfigMapping(prefix = "coupons.partners")
public interface PartnerConfig {

  /** The interval between sweeps; one also runs at start-up. */
  @WithDefault("PT1H")
  Duration deleteEndedEvery();
}
