package io.receiptcoupons.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The contract-wide parts of the OpenAPI document that annotations cannot say once: the apiKey
 * scheme with its 401/403 on every operation, Problem bodies on every 4xx, dates inlined.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

  static final String SCHEME = "apiKey";
  private static final String PROBLEM = "#/components/schemas/Problem";
  private static final Map<String, String> DATES =
      Map.of("LocalDate", "date", "OffsetDateTime", "date-time", "Instant", "date-time");

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    // One relative server, the same in the committed and the served file; a client sets its host.
    openApi.setServers(
        List.of(OASFactory.createServer().url("/").description("This service's own origin")));
    openApi
        .getComponents()
        .addSecurityScheme(
            SCHEME,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("X-API-Key")
                .description("An API key; the service keeps only its SHA-256 hash."));
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    DATES.keySet().forEach(openApi.getComponents()::removeSchema);
    Stream.concat(schemas.values().stream(), ResponseSchemas.all(openApi))
        .forEach(schema -> visit(schema, OpenApiContract::inlineDate));
    operations(openApi).forEach(OpenApiContract::secure);
    openApi.getPaths().getPathItems().forEach(OpenApiContract::pathOrder);
    ResponseSchemas.markRequired(openApi);
  }

  // Generated clients take path parameters in declaration order; make it the order in the path.
  private static void pathOrder(String path, PathItem item) {
    for (Operation operation : item.getOperations().values()) {
      if (operation.getParameters() != null) {
        List<Parameter> ordered = new ArrayList<>(operation.getParameters());
        ordered.sort(Comparator.comparingInt(parameter -> position(path, parameter)));
        operation.setParameters(ordered);
      }
    }
  }

  private static int position(String path, Parameter parameter) {
    int at = path.indexOf("{" + parameter.getName() + "}");
    return parameter.getIn() == Parameter.In.PATH && at >= 0 ? at : Integer.MAX_VALUE;
  }

  private static void secure(Operation operation) {
    operation.setSecurity(
        List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of())));
    var responses = operation.getResponses();
    problem(responses.getAPIResponse("401"), "No API key, or an unknown one");
    problem(responses.getAPIResponse("403"), "The API key lacks the role, or is for another store");
    responses.getAPIResponses().entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("4"))
        .forEach(entry -> problemBody(entry.getValue()));
    if (responses.getAPIResponse("401") == null) {
      responses.addAPIResponse("401", problem(null, "No API key, or an unknown one"));
    }
    if (responses.getAPIResponse("403") == null) {
      responses.addAPIResponse(
          "403", problem(null, "The API key lacks the role, or is for another store"));
    }
    if (operation.getRequestBody() != null && responses.getAPIResponse("413") == null) {
      responses.addAPIResponse(
          "413", problem(null, "The body is over quarkus.http.limits.max-body-size (256 KiB)"));
    }
  }

  private static APIResponse problem(APIResponse existing, String description) {
    APIResponse response = existing == null ? OASFactory.createAPIResponse() : existing;
    if (response.getDescription() == null) {
      response.setDescription(description);
    }
    return problemBody(response);
  }

  private static APIResponse problemBody(APIResponse response) {
    response.setContent(
        OASFactory.createContent()
            .addMediaType(
                "application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
    return response;
  }

  private static void inlineDate(Schema schema) {
    String ref = schema.getRef();
    String name = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    if (name != null && DATES.containsKey(name)) {
      schema.setRef(null);
      schema.setType(List.of(Schema.SchemaType.STRING));
      schema.setFormat(DATES.get(name));
    }
  }

  static Stream<Operation> operations(OpenAPI openApi) {
    return openApi.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream());
  }

  /** Applies {@code action} to the schema and every schema nested in it. */
  static void visit(Schema schema, Consumer<Schema> action) {
    visit(schema, action, new HashSet<>());
  }

  private static void visit(Schema schema, Consumer<Schema> action, Set<Schema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    action.accept(schema);
    List<Schema> nested = new ArrayList<>();
    if (schema.getProperties() != null) {
      nested.addAll(schema.getProperties().values());
    }
    nested.add(schema.getItems());
    nested.add(schema.getAdditionalPropertiesSchema());
    Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
        .filter(list -> list != null)
        .forEach(nested::addAll);
    nested.forEach(child -> visit(child, action, seen));
  }
}
