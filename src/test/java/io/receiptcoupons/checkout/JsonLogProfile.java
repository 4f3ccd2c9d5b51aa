package io.receiptcoupons.checkout;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** JSON logs to a file, as in production, with the checkout log line on. */
public class JsonLogProfile implements QuarkusTestProfile {

  static final String LOG = "target/json-log-" + UUID.randomUUID() + ".log";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.log.file.enabled", "true",
        "quarkus.log.file.path", LOG,
        "quarkus.log.file.json.enabled", "true",
        "quarkus.log.category.\"coupons.checkout\".level", "INFO",
        "coupons.store.path", "target/test-store/json-log-" + UUID.randomUUID() + ".mv.db");
  }
}
