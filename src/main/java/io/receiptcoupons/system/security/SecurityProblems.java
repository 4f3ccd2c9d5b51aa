package io.receiptcoupons.system.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.receiptcoupons.system.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 as application/problem+json, like every other client error. */
public class SecurityProblems {

  static final String CHALLENGE = "ApiKey header=\"" + ApiKeyMechanism.HEADER + "\"";

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e) {
    return unauthorized("Send a valid API key in the " + ApiKeyMechanism.HEADER + " header.");
  }

  @ServerExceptionMapper
  public Response badKey(AuthenticationFailedException e) {
    return unauthorized("The " + ApiKeyMechanism.HEADER + " header holds no valid API key.");
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    String detail = e.getMessage();
    if (detail == null || detail.isBlank()) {
      detail = "This credential's role may not call this endpoint.";
    }
    return Problem.of(Response.Status.FORBIDDEN, detail).toResponse();
  }

  static Response unauthorized(String detail) {
    Response problem = Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse();
    return Response.fromResponse(problem).header("WWW-Authenticate", CHALLENGE).build();
  }
}
