package io.receiptcoupons.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.stream.Stream;

/** Jackson errors as a person reads them: the field path, and what was expected there. */
public final class JsonErrors {
  private static final String JAVA_NAME = "(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w]*)(?:\\$[\\w]+)*";

  private JsonErrors() {}

  /** The field path, such as items[0].quantity; empty for the document itself. */
  public static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : m.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  public static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '"
          + u.getPropertyName()
          + "'; expected one of "
          + u.getKnownPropertyIds();
    }
    // An enum read through its own factory fails as an instantiation error whose message names
    // the Java class; name the accepted values instead.
    if (e instanceof ValueInstantiationException v && v.getType().isEnumType()) {
      return "must be " + expected(v.getType().getRawClass());
    }
    if (e instanceof InvalidFormatException f) {
      return "'" + f.getValue() + "' is not " + expected(f.getTargetType());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + expected(m.getTargetType());
    }
    // Jackson's own wording names Java classes; a client needs only the simple name, if any.
    return e.getOriginalMessage().split("\n")[0].replaceAll(JAVA_NAME, "$1");
  }

  private static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + Stream.of(type.getEnumConstants()).map(JsonErrors::code).toList();
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a whole number";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 " + type.getSimpleName() + " such as 2026-11-23T10:15:30+09:00";
    }
    if (type == String.class) {
      return "a text value (quote text that contains ': ')";
    }
    return java.util.Collection.class.isAssignableFrom(type) ? "a list" : "an object";
  }

  private static String code(Object constant) {
    return constant.toString().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
