package io.receiptcoupons.checkout;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.product.Basket;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.Spool;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The degraded path's memory (Redis mode): a member's checkout answered degraded, because Redis is
 * down or too slow or for any other reason, keeps its purchase facts in a durable local spool,
 * applied to the history once the store answers again, once per transactionId (it is recorded as a
 * checkout that printed nothing, so a retry replays it). Nothing is issued.
 */
@ApplicationScoped
class CheckoutSpool {

  private static final Logger LOG = Logger.getLogger(CheckoutSpool.class);
  private final Spool spool;
  private final SpoolConfig config;
  private final Store store;
  private final Rulesets rulesets;
  private final ProgrammeConfig programme;
  private final boolean remote;
  private final SpooledCheckouts spooled;
  private ScheduledExecutorService timer;

  CheckoutSpool(
      SpoolConfig config,
      MeterRegistry registry,
      Store store,
      Rulesets rulesets,
      ProgrammeConfig programme,
      StoreConfig stores,
      SpooledCheckouts spooled) {
    this.spooled = spooled;
    this.spool = new Spool(Path.of(config.dir()), config.max(), "checkouts", registry);
    this.config = config;
    this.store = store;
    this.rulesets = rulesets;
    this.programme = programme;
    // A remote store fails while this process runs on; the embedded one fails with its disk.
    this.remote = stores.kind() == StoreConfig.Kind.REDIS;
  }

  void onStart(@Observes StartupEvent event) {
    timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "checkout-spool"));
    long every = config.applyEveryMs();
    timer.scheduleWithFixedDelay(this::applyQuietly, every, every, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  /** Keeps a degraded checkout's purchase facts; never throws, the till is waiting. */
  void keep(CheckoutRequest request, String member, String fingerprint) {
    if (member == null || !remote) {
      return;
    }
    try {
      keepFacts(request, member, fingerprint);
    } catch (RuntimeException e) {
      LOG.errorf("Could not spool degraded checkout %s: %s", request.transactionId(), e);
    }
  }

  private void keepFacts(CheckoutRequest request, String member, String fingerprint) {
    Ruleset rules = rulesets.acquire();
    try {
      LocalDate date = request.occurredAt().atZoneSameInstant(programme.timeZone()).toLocalDate();
      Map<String, Totals> basket = Basket.totals(request.items(), rules.products());
      CheckoutResponse none =
          new CheckoutResponse(request.transactionId(), rules.version(), List.of());
      var facts =
          new CheckoutRecords.Recorded(
              fingerprint, none, member, date, basket, null, request.storeId());
      spool.add(request.transactionId(), RecordBinary.encode(facts));
    } finally {
      rules.release();
    }
  }

  int depth() {
    return spool.depth();
  }

  private void applyQuietly() {
    try {
      if (spool.depth() > 0 && store.isHealthy()) {
        spool.pending().forEach(this::apply);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Spool not applied yet: %s", e.toString());
    }
  }

  private void apply(Path file) {
    CheckoutRecords.Recorded facts = RecordBinary.decode(spool.read(file));
    store.inTransaction(tx -> spooled.record(tx, facts));
    spool.remove(file);
  }
}
