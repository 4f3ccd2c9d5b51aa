package io.receiptcoupons.system;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Rejects oversized bodies as a 400 problem, before they are read. The HTTP layer's own limit
 * (quarkus.http.limits.max-body-size, set higher) stays as the backstop for chunked bodies.
 */
@ApplicationScoped
public class BodyLimit {

  static final long MAX_BYTES = 256 * 1024;

  void install(@Observes Router router) {
    router
        .route()
        .order(-100)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader("Content-Length");
              if (length != null && parse(length) > MAX_BYTES) {
                Problem problem =
                    Problem.badRequest(
                        "The request body is too large.",
                        List.of(
                            new Problem.FieldError(
                                "body", "must be at most " + MAX_BYTES + " bytes")));
                ctx.response()
                    .setStatusCode(400)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(Json.encode(problem));
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
