package io.receiptcoupons.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every client error into application/problem+json naming the bad fields. */
public class ProblemMappers {

  @ServerExceptionMapper
  public Response violations(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problem.badRequest("The request has invalid fields.", errors).toResponse();
  }

  // Quarkus has its own mapper for this subtype; a mapper for the exact type takes precedence.
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e) {
    return unreadable(e);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonProcessingException e) {
    String field = JsonErrors.path(e);
    String message = JsonErrors.describe(e);
    return Problem.badRequest(
            "The request body is not valid JSON for this endpoint.",
            List.of(new Problem.FieldError(orBody(field), message)))
        .toResponse();
  }

  @ServerExceptionMapper
  public Response conflict(ConflictException e) {
    return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response badInput(BadInputException e) {
    return Problem.badRequest(e.getMessage(), e.errors()).toResponse();
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    // The JSON reader wraps Jackson's errors; unwrap them so that the bad field is named.
    if (e.getCause() instanceof JsonProcessingException json) {
      return unreadable(json);
    }
    Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
    if (status == null) {
      return e.getResponse();
    }
    return Problem.of(status, e.getMessage()).toResponse();
  }

  private static String field(ConstraintViolation<?> violation) {
    String path = FieldPaths.ofViolation(violation);
    return orBody(path.isEmpty() ? ParameterNames.of(violation) : path);
  }

  private static String orBody(String field) {
    return field.isEmpty() ? "body" : field;
  }

  /** Renders field paths as a client would write them: items[0].quantity. */
  static final class FieldPaths {
    private FieldPaths() {}

    static String ofViolation(ConstraintViolation<?> v) {
      StringBuilder path = new StringBuilder();
      int depth = 0;
      for (var node : v.getPropertyPath()) {
        // The first two nodes are the resource method and its parameter, not the body's fields.
        if (depth++ < 2 && node.getKind() != jakarta.validation.ElementKind.PROPERTY) {
          continue;
        }
        if (node.getIndex() != null) {
          path.append('[').append(node.getIndex()).append(']');
        }
        if (node.getName() != null && !node.getName().startsWith("<")) {
          path.append(path.isEmpty() ? "" : ".").append(node.getName());
        }
      }
      return path.toString();
    }
  }
}
