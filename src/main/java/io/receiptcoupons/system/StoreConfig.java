package io.receiptcoupons.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the embedded store keeps its file. */
@ConfigMapping(prefix = "coupons.store")
public interface StoreConfig {

  /** Path of the H2 MVStore file; created on first start. */
  @WithDefault("data/coupons.mv.db")
  String path();

  /** MVStore page cache, in MiB. */
  @WithDefault("64")
  int cacheSizeMb();
}
