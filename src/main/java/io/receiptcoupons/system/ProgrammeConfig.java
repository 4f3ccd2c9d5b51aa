package io.receiptcoupons.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Programme-wide settings: time zone, history retention, receipt limits, secrets. */
@ConfigMapping(prefix = "coupons.programme")
public interface ProgrammeConfig {

  /** Zone whose local date defines "the last N days". */
  @WithDefault("Asia/Tokyo")
  ZoneId timeZone();

  /** Longest lookback the engine supports; older history buckets are dropped. */
  @WithDefault("400")
  int retentionDays();

  /** Most coupons one receipt may carry. */
  @WithDefault("3")
  int receiptLimit();

  /** Key for pseudonymous member ids and issuance draws; override in production. */
  @WithDefault("change-me-dev-only-secret")
  String secret();
}
