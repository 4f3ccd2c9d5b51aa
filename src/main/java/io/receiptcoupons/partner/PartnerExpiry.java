package io.receiptcoupons.partner;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Deletes the data of partner jobs that have ended: at start-up, then at every interval. */
@ApplicationScoped
class PartnerExpiry {

  private static final Logger LOG = Logger.getLogger(PartnerExpiry.class);
  private final PartnerService service;
  private final PartnerConfig config;
  private ScheduledExecutorService timer;

  PartnerExpiry(PartnerService service, PartnerConfig config) {
    this.service = service;
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "partner-expiry");
              t.setDaemon(true);
              return t;
            });
    long every = config.deleteEndedEvery().toMillis();
    timer.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    timer.shutdownNow();
  }

  // A failed sweep must not cancel the schedule: the next one tries again.
  private void sweep() {
    try {
      service
          .deleteEnded()
          .forEach(j -> LOG.infof("Partner job %s ended on %s", j.key(), j.endsOn()));
    } catch (RuntimeException e) {
      LOG.warnf("Deleting ended partner jobs failed; will retry: %s", e.getMessage());
    }
  }
}
