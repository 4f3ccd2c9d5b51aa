package io.receiptcoupons.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * The HTTP name of a violated resource-method parameter (days, memberId), so that a bad query or
 * path parameter is not reported as the body; empty for the body itself.
 */
final class ParameterNames {
  private ParameterNames() {}

  static String of(ConstraintViolation<?> violation) {
    Path.MethodNode method = null;
    Path.ParameterNode parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
      } else if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.as(Path.ParameterNode.class);
      }
    }
    if (method == null || parameter == null) {
      return "";
    }
    return httpName(violation.getRootBeanClass(), method, parameter.getParameterIndex());
  }

  // The root bean may be a generated subclass whose overrides carry no annotations: look up.
  private static String httpName(Class<?> type, Path.MethodNode node, int index) {
    Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
    for (Class<?> at = type; at != null; at = at.getSuperclass()) {
      try {
        String name = httpName(at.getDeclaredMethod(node.getName(), types), index);
        if (!name.isEmpty()) {
          return name;
        }
      } catch (NoSuchMethodException e) {
        // Not declared at this level; try the superclass.
      }
    }
    return "";
  }

  private static String httpName(Method method, int index) {
    for (Annotation annotation : method.getParameterAnnotations()[index]) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
    }
    return "";
  }
}
