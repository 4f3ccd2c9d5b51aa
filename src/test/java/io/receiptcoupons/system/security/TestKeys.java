package io.receiptcoupons.system.security;

import java.util.List;
import java.util.Map;

/** The development and test keys of application.properties, and the packaged-jar tests' secrets. */
public final class TestKeys {

  public static final String HEADER = ApiKeyMechanism.HEADER;

  /**
   * Every role, any store: what every @QuarkusTest request sends unless the test says otherwise.
   */
  public static final String ALL_ROLES = "test-all-roles-key-development-only-0000000000";

  /** The development keys, one per role (README.md); the POS key is for store S0012. */
  public static final Map<String, String> BY_ROLE =
      Map.of(
          Roles.POS, "dev-pos-key-development-only-0000000000",
          Roles.CAMPAIGN_MANAGER, "dev-campaign-manager-key-development-only-0000000000",
          Roles.ADMIN, "dev-admin-key-development-only-0000000000",
          Roles.OPS, "dev-ops-key-development-only-0000000000");

  public static final String POS_STORE = "S0012";

  /** The packaged jar runs the prod profile: these stand in for an operator's real secrets. */
  public static final String JAR_KEY = "it-all-roles-key-for-packaged-jar-tests-0000";

  public static final String JAR_SECRET = "it-programme-secret-for-packaged-jar-tests-0000";
  public static final String JAR_CODE_KEY = "it-code-key-1-for-packaged-jar-tests-00000000";

  private TestKeys() {}

  /** The -D settings that let the packaged jar start in the prod profile, without the key. */
  public static List<String> jarSecrets() {
    return List.of(
        "coupons.programme.secret=" + JAR_SECRET, "coupons.codes.keys.1=" + JAR_CODE_KEY);
  }

  /** {@link #jarSecrets()} plus an all-roles key, {@link #JAR_KEY}. */
  public static List<String> jarSettings() {
    String key = "coupons.security.keys.packaged-jar-tests.";
    return List.of(
        "coupons.programme.secret=" + JAR_SECRET,
        "coupons.codes.keys.1=" + JAR_CODE_KEY,
        key + "sha256=" + ApiKeys.hashOf(JAR_KEY),
        key + "roles=" + String.join(",", Roles.ALL),
        key + "store=" + Roles.ANY_STORE);
  }
}
