package io.receiptcoupons.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with the bad fields named. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
    name = "Problem",
    description = "RFC 9457 problem details; errors names each bad field",
    requiredProperties = {"type", "title", "status"})
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One bad field: its JSON path in the request and what is wrong with it. */
  @Schema(requiredProperties = {"field", "message"})
  public record FieldError(String field, String message) {}

  public static Problem badRequest(String detail, List<FieldError> errors) {
    return new Problem("about:blank", "Bad Request", 400, detail, errors);
  }

  /** 413: the body is larger than the HTTP layer takes. */
  public static Problem tooLarge(long maxBytes) {
    return new Problem(
        "about:blank",
        "Content Too Large",
        413,
        "The request body is too large.",
        List.of(new FieldError("body", "must be at most " + maxBytes + " bytes")));
  }

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
