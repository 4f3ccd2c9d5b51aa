package io.receiptcoupons.app;

import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.system.store.Store;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only with a ruleset loaded and a store that answers: a till must not be routed here before.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  private final Rulesets rulesets;
  private final Store store;

  ReadinessCheck(Rulesets rulesets, Store store) {
    this.rulesets = rulesets;
    this.store = store;
  }

  @Override
  public HealthCheckResponse call() {
    boolean loaded = rulesets.isLoaded();
    boolean healthy = store.isHealthy();
    return HealthCheckResponse.named("coupon-engine")
        .status(loaded && healthy)
        .withData("ruleset", loaded ? rulesets.current().version() : "none")
        .withData("store", healthy ? "up" : "down")
        .build();
  }
}
