package io.receiptcoupons.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Stamps each request with the moment the HTTP layer received it, before any queue, so that a
 * checkout's deadline counts the time it waited for a thread too.
 */
@ApplicationScoped
public class Arrival {

  private static final String KEY = "coupons.arrival-nanos";

  void stamp(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            http -> {
              http.put(KEY, System.nanoTime());
              http.next();
            });
  }

  /** When the request arrived, in System.nanoTime() terms; now, if it was not stamped. */
  static long of(RoutingContext http) {
    Long arrived = http == null ? null : http.get(KEY);
    return arrived == null ? System.nanoTime() : arrived;
  }
}
