package io.receiptcoupons.checkout;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Counts checkouts refused as bad requests, which validation rejects before the service. */
public class BadCheckoutCounter {

  private final CheckoutMetrics metrics;

  BadCheckoutCounter(CheckoutMetrics metrics) {
    this.metrics = metrics;
  }

  @ServerResponseFilter
  public void count(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 400
        && "POST".equals(request.getMethod())
        && "/v1/checkouts".equals(request.getUriInfo().getPath())) {
      metrics.count("bad-request");
    }
  }
}
