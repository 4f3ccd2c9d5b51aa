package io.receiptcoupons.coupon;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Coupon code keys: the one that signs new codes, and every key whose codes still verify. */
@ConfigMapping(prefix = "coupons.codes")
public interface CodeConfig {

  /** Id (1-255) of the key that signs new codes; it is printed inside every code. */
  @WithDefault("1")
  int signingKey();

  /** Key id to secret. Retire a key by removing it: its codes then fail as forged. */
  Map<String, String> keys();
}
