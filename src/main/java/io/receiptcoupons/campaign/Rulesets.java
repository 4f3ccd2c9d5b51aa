package io.receiptcoupons.campaign;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.receiptcoupons.system.audit.AuditLog;
import io.receiptcoupons.system.audit.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** Holds the live ruleset; compiles it at start-up and swaps in a new one on reload. */
@ApplicationScoped
public class Rulesets {

  private static final Logger LOG = Logger.getLogger(Rulesets.class);
  private final AtomicReference<Ruleset> current = new AtomicReference<>();
  private final AtomicReference<ReloadFailure> lastFailure = new AtomicReference<>();
  private final CampaignConfig config;
  private final RulesetBuilder builder;
  private final MeterRegistry meters;
  private final Event<Ruleset> installed;
  private final AuditLog audit;

  Rulesets(
      CampaignConfig config,
      RulesetBuilder builder,
      MeterRegistry meters,
      Event<Ruleset> installed,
      AuditLog audit) {
    this.config = config;
    this.builder = builder;
    this.meters = meters;
    this.installed = installed;
    this.audit = audit;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.loadAtStart()) {
      install(Path.of(config.dir()));
    }
  }

  /**
   * Compiles a campaigns directory and makes it the live ruleset, for start-up and for commands
   * that replay against campaigns of their own; throws CampaignFileException naming each error.
   */
  public synchronized Ruleset install(Path campaignsDir) {
    return swapIn(builder.build(campaignsDir));
  }

  private Ruleset swapIn(Ruleset fresh) {
    Ruleset old = current.getAndSet(fresh);
    if (old != null) {
      old.retire();
    }
    // Observers (the per-campaign meters) follow the campaigns that are live now.
    installed.fire(fresh);
    LOG.infof("Ruleset %s live with %d campaigns", fresh.version(), fresh.campaigns().size());
    return fresh;
  }

  /** The live ruleset, for reading its campaigns and version. */
  public Ruleset current() {
    Ruleset r = current.get();
    if (r == null) {
      throw new IllegalStateException("No ruleset is loaded yet");
    }
    return r;
  }

  /** The live ruleset, leased for one evaluation: call {@link Ruleset#release()} when done. */
  public Ruleset acquire() {
    while (true) {
      Ruleset r = current();
      if (r.tryAcquire()) {
        return r;
      }
    }
  }

  public boolean isLoaded() {
    return current.get() != null;
  }

  public ReloadFailure lastFailure() {
    return lastFailure.get();
  }

  /**
   * Compiles campaigns/ off the request path and swaps it in; in-flight checkouts finish on the old
   * ruleset. On any error the old ruleset keeps serving and the error is kept for operators.
   */
  public synchronized Ruleset reload() {
    Ruleset old = current();
    try {
      RulesetBuilder.Sources sources = builder.read(Path.of(config.dir()));
      // The files match what is live (e.g. a broken edit was undone): nothing to swap or report.
      if (sources.contentHash().equals(old.contentHash())) {
        lastFailure.set(null);
        audit.record(
            AuditLog.RULESET_RELOAD, old.version(), AuditRecord.Outcome.SUCCESS, "unchanged");
        return old;
      }
      Ruleset fresh = swapIn(builder.build(sources));
      lastFailure.set(null);
      meters.counter("coupons.ruleset.reloads", "outcome", "success").increment();
      audit.record(AuditLog.RULESET_RELOAD, fresh.version(), AuditRecord.Outcome.SUCCESS, null);
      return fresh;
    } catch (RuntimeException e) {
      fail(e);
      audit.record(
          AuditLog.RULESET_RELOAD, old.version(), AuditRecord.Outcome.FAILURE, e.getMessage());
      throw e;
    }
  }

  private void fail(RuntimeException e) {
    List<CampaignError> errors = e instanceof CampaignFileException f ? f.errors() : List.of();
    lastFailure.set(new ReloadFailure(Instant.now(), e.getMessage(), errors));
    meters.counter("coupons.ruleset.reloads", "outcome", "failure").increment();
    LOG.errorf("Reload failed; ruleset %s keeps serving: %s", current().version(), e.getMessage());
  }
}
