package io.receiptcoupons.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a problem+json body on the HTTP layer's own 413 for a declared length over
 * quarkus.http.limits.max-body-size, the one limit; a chunked body past it gets Vert.x's bare 413.
 */
@ApplicationScoped
public class BodyLimit {

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  // Before Quarkus's own upload-limit route, which would answer the same 413 with no body.
  void install(@Observes Router router) {
    long max = maxBodySize.asLongValue();
    router
        .route()
        .order(-100)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader("Content-Length");
              if (length != null && parse(length) > max) {
                ctx.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(Json.encode(Problem.tooLarge(max)));
              } else {
                ctx.next();
              }
            });
  }

  private static long parse(String length) {
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
