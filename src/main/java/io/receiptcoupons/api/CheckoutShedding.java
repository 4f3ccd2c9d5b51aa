package io.receiptcoupons.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import io.receiptcoupons.checkout.CheckoutService;
import io.receiptcoupons.system.Problem;
import io.receiptcoupons.system.security.ApiKeyMechanism;
import io.receiptcoupons.system.security.Credential;
import io.receiptcoupons.system.security.Roles;
import io.receiptcoupons.system.security.StoreGrant;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Sheds checkouts before the REST layer parses and validates them, while admission is full: a till
 * that can only get a degraded answer gets it for the price of reading three fields, so that under
 * overload the HTTP layer keeps up with arrivals instead of queueing them unseen.
 */
@ApplicationScoped
public class CheckoutShedding {

  // After the body limits (Quarkus's upload limit is at -2), before the REST routes.
  private static final int ORDER = -1;
  private final CheckoutService checkouts;
  private final ApiKeyMechanism keys;
  private final ObjectMapper json;

  CheckoutShedding(CheckoutService checkouts, ApiKeyMechanism keys, ObjectMapper json) {
    this.checkouts = checkouts;
    this.keys = keys;
    this.json = json;
  }

  void install(@Observes Router router) {
    router.post("/v1/checkouts").order(ORDER).handler(this::handle);
  }

  private void handle(RoutingContext http) {
    Optional<Credential> till = checkouts.overloaded() ? till(http) : Optional.empty();
    if (till.isEmpty()) {
      // Not overloaded, or a caller the REST layer answers 401 or 403: the normal path.
      http.next();
      return;
    }
    HttpServerRequest request = http.request();
    request.body().onSuccess(body -> answer(http, till.get(), body)).onFailure(http::fail);
    // Quarkus pauses a request until a handler reads it.
    request.resume();
  }

  // A chunked body goes the normal path, whose limits bound it; BodyLimit has refused a long one.
  private Optional<Credential> till(RoutingContext http) {
    if (http.request().getHeader("Content-Length") == null) {
      return Optional.empty();
    }
    return keys.presented(http.request())
        .filter(credential -> credential.roles().contains(Roles.POS));
  }

  private void answer(RoutingContext http, Credential till, Buffer body) {
    ShedFields fields = ShedFields.read(json, body.getBytes());
    if (fields.problem() != null) {
      send(http, 400, Problem.MEDIA_TYPE, fields.problem());
      return;
    }
    try {
      StoreGrant.of(till.store(), till.terminal()).require(fields.storeId(), fields.terminalId());
    } catch (ForbiddenException e) {
      send(http, 403, Problem.MEDIA_TYPE, Problem.of(Response.Status.FORBIDDEN, e.getMessage()));
      return;
    }
    send(http, 200, "application/json", checkouts.shed(fields.transactionId()));
  }

  private void send(RoutingContext http, int status, String type, Object entity) {
    try {
      http.response()
          .setStatusCode(status)
          .putHeader("Content-Type", type)
          .end(Buffer.buffer(json.writeValueAsBytes(entity)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      http.fail(e);
    }
  }
}
