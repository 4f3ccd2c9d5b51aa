package io.receiptcoupons.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks every property of a response-only schema required: the service writes each one, null
 * included. Schemas also read as requests keep only the required fields validation gives them.
 */
final class ResponseSchemas {
  private ResponseSchemas() {}

  static void markRequired(OpenAPI openApi) {
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    Set<String> requests = reachable(schemas, roots(openApi, true));
    Set<String> responses = reachable(schemas, roots(openApi, false));
    responses.removeAll(requests);
    responses.remove("Problem");
    for (String name : responses) {
      Schema schema = schemas.get(name);
      if (schema != null && schema.getProperties() != null) {
        schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
      }
    }
  }

  /** The schemas directly under request bodies and parameters, or under responses. */
  static List<Schema> roots(OpenAPI openApi, boolean requests) {
    List<Schema> roots = new ArrayList<>();
    OpenApiContract.operations(openApi)
        .forEach(operation -> roots.addAll(requests ? inputs(operation) : outputs(operation)));
    return roots;
  }

  private static List<Schema> inputs(Operation operation) {
    List<Schema> inputs = new ArrayList<>();
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(parameter -> inputs.add(parameter.getSchema()));
    }
    if (operation.getRequestBody() != null) {
      inputs.addAll(schemas(operation.getRequestBody().getContent()));
    }
    return inputs;
  }

  private static List<Schema> outputs(Operation operation) {
    return operation.getResponses().getAPIResponses().values().stream()
        .flatMap(response -> schemas(response.getContent()).stream())
        .toList();
  }

  private static List<Schema> schemas(Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return List.of();
    }
    return content.getMediaTypes().values().stream()
        .map(media -> media.getSchema())
        .filter(schema -> schema != null)
        .toList();
  }

  private static Set<String> reachable(Map<String, Schema> schemas, List<Schema> roots) {
    Set<String> names = new HashSet<>();
    List<Schema> pending = new ArrayList<>(roots);
    while (!pending.isEmpty()) {
      Schema next = pending.remove(pending.size() - 1);
      OpenApiContract.visit(
          next,
          schema -> {
            String name = schema.getRef() == null ? null : schema.getRef().replaceAll(".*/", "");
            if (name != null && names.add(name) && schemas.containsKey(name)) {
              pending.add(schemas.get(name));
            }
          });
    }
    return names;
  }

  static Stream<Schema> all(OpenAPI openApi) {
    return Stream.concat(roots(openApi, true).stream(), roots(openApi, false).stream());
  }
}
