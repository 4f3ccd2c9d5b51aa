package io.receiptcoupons.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.checkout.CheckoutRequest;
import io.receiptcoupons.system.Problem;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The three fields a shed checkout needs, read with the streaming parser (the rest of the body is
 * skipped, not bound or validated), or the problem that makes the body unusable.
 */
record ShedFields(String transactionId, String storeId, String terminalId, Problem problem) {

  // CheckoutRequest's own rule, so that a shed answer never echoes what a decided one refuses.
  private static final Pattern TRANSACTION_ID = Pattern.compile(CheckoutRequest.TRANSACTION_ID);
  private static final List<String> FIELDS = List.of("transactionId", "storeId", "terminalId");

  static ShedFields read(ObjectMapper json, byte[] body) {
    String[] fields = new String[FIELDS.size()];
    try (JsonParser parser = json.getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return refused("body", "must be a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        int index = FIELDS.indexOf(name);
        if (index >= 0 && value == JsonToken.VALUE_STRING) {
          fields[index] = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      return refused("body", "must be well-formed JSON");
    }
    if (fields[0] == null || !TRANSACTION_ID.matcher(fields[0]).matches()) {
      return refused("transactionId", CheckoutRequest.TRANSACTION_ID_MESSAGE);
    }
    return new ShedFields(fields[0], fields[1], fields[2], null);
  }

  private static ShedFields refused(String field, String message) {
    Problem problem =
        Problem.badRequest(
            "The request has invalid fields.", List.of(new Problem.FieldError(field, message)));
    return new ShedFields(null, null, null, problem);
  }
}
