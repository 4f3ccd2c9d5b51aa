package io.receiptcoupons.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long each kind of record is kept past its use, and how the sweep that deletes it runs. */
@ConfigMapping(prefix = "coupons.retention")
public interface RetentionConfig {

  /** The interval between sweeps, and before the first, in the Quarkus scheduler's form: 1h. */
  @WithDefault("1h")
  String every();

  /**
   * Days an idempotency record is kept after its checkout's date: retries and voids come sooner.
   */
  @WithDefault("7")
  int idempotencyDays();

  /** Days a coupon record is kept after its last valid day, so a late till still gets "expired". */
  @WithDefault("30")
  int couponGraceDays();

  /** Days ledger events are kept; campaign stats and (embedded) budgets count only these. */
  @WithDefault("1095")
  int ledgerDays();

  /** Items one transaction of the sweep examines, so that checkouts never wait long for it. */
  @WithDefault("500")
  int batchSize();
}
