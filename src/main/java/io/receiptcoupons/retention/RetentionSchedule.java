package io.receiptcoupons.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Runs the retention sweep on the Quarkus scheduler, one sweep at a time, on the system clock. */
@ApplicationScoped
class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class);
  private final Retention retention;
  private final Clock clock = Clock.systemUTC();

  RetentionSchedule(Retention retention) {
    this.retention = retention;
  }

  // The first sweep waits one interval: a process just started has checkouts to serve first.
  @Scheduled(
      identity = "retention-sweep",
      every = "${coupons.retention.every}",
      delayed = "${coupons.retention.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sweep() {
    try {
      LOG.infof("Retention sweep deleted %s", retention.sweep(clock.instant()));
    } catch (RuntimeException e) {
      LOG.warnf("Retention sweep failed; the next one tries again: %s", e.getMessage());
    }
  }
}
