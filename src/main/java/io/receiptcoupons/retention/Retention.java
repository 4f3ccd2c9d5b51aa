package io.receiptcoupons.retention;

import io.receiptcoupons.checkout.CheckoutRetention;
import io.receiptcoupons.issuance.CouponRetention;
import io.receiptcoupons.ledger.LedgerRetention;
import io.receiptcoupons.member.MemberRetention;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.Swept;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One retention sweep at a given instant: history days, inactive members, idempotency records,
 * expired coupons and old ledger events, each walked in bounded batches of their own transaction.
 */
@ApplicationScoped
public class Retention {

  private final RetentionConfig config;
  private final ProgrammeConfig programme;
  private final MemberRetention members;
  private final CheckoutRetention checkouts;
  private final CouponRetention coupons;
  private final LedgerRetention ledger;
  private final RetentionMetrics metrics;

  Retention(
      RetentionConfig config,
      ProgrammeConfig programme,
      MemberRetention members,
      CheckoutRetention checkouts,
      CouponRetention coupons,
      LedgerRetention ledger,
      RetentionMetrics metrics) {
    this.config = config;
    this.programme = programme;
    this.members = members;
    this.checkouts = checkouts;
    this.coupons = coupons;
    this.ledger = ledger;
    this.metrics = metrics;
  }

  /** Deletes everything due at {@code now}; returns the items deleted per kind. */
  public Map<String, Long> sweep(Instant now) {
    return metrics.timed(
        () -> {
          LocalDate today = now.atZone(programme.timeZone()).toLocalDate();
          int minDay = (int) today.toEpochDay() - programme.retentionDays() + 1;
          Map<String, Long> deleted = new TreeMap<>();
          int batch = config.batchSize();
          walk(deleted, from -> members.sweep(from, batch, minDay));
          LocalDate recordsFrom = today.minusDays(config.idempotencyDays());
          walk(deleted, from -> checkouts.sweep(from, batch, recordsFrom));
          LocalDate couponsFrom = today.minusDays(config.couponGraceDays());
          walk(deleted, from -> coupons.sweep(from, batch, couponsFrom));
          Instant eventsFrom =
              today.minusDays(config.ledgerDays()).atStartOfDay(programme.timeZone()).toInstant();
          walk(deleted, from -> ledger.sweep(batch, eventsFrom));
          metrics.deleted(deleted);
          return deleted;
        });
  }

  private static void walk(Map<String, Long> deleted, Function<String, Swept> batch) {
    String from = "";
    while (from != null) {
      Swept swept = batch.apply(from);
      swept.deleted().forEach((kind, count) -> deleted.merge(kind, count, Long::sum));
      from = swept.next();
    }
  }
}
