package io.receiptcoupons.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads Kubernetes manifests into the fabric8 API model, refusing any field the API lacks. */
final class KubernetesManifests {

  private static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.of(
          "apps/v1 Deployment", Deployment.class,
          "apps/v1 StatefulSet", StatefulSet.class,
          "v1 Service", Service.class,
          "v1 ConfigMap", ConfigMap.class,
          "v1 Secret", Secret.class,
          "v1 PersistentVolumeClaim", PersistentVolumeClaim.class,
          "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class);
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private KubernetesManifests() {}

  /** Every document of a file, typed by its apiVersion and kind. */
  static List<HasMetadata> read(Path file) throws IOException {
    List<HasMetadata> resources = new ArrayList<>();
    for (JsonNode doc :
        YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll()) {
      if (doc == null || doc.isNull() || doc.isEmpty()) {
        continue;
      }
      String type = doc.path("apiVersion").asText() + " " + doc.path("kind").asText();
      Class<? extends HasMetadata> cls = KINDS.get(type);
      if (cls == null) {
        throw new AssertionError(file + ": unexpected resource type " + type);
      }
      HasMetadata resource = YAML.treeToValue(doc, cls);
      List<String> unknown = new ArrayList<>();
      unknownFields(resource, type, unknown);
      if (!unknown.isEmpty()) {
        throw new AssertionError(file + ": fields the Kubernetes API does not have: " + unknown);
      }
      resources.add(resource);
    }
    return resources;
  }

  // fabric8 keeps unknown fields in additionalProperties instead of failing: look for any.
  private static void unknownFields(Object value, String path, List<String> unknown) {
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) {
        unknownFields(item, path + "[" + i++ + "]", unknown);
      }
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
    } else if (value != null && value.getClass().getName().startsWith("io.fabric8.")) {
      model(value, path, unknown);
    }
  }

  private static void model(Object value, String path, List<String> unknown) {
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || Modifier.isStatic(getter.getModifiers())
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object child = invoke(getter, value);
      if (getter.getName().equals("getAdditionalProperties")) {
        ((Map<?, ?>) child).keySet().forEach(k -> unknown.add(path + "." + k));
      } else {
        unknownFields(child, path + "." + getter.getName().substring(3), unknown);
      }
    }
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
