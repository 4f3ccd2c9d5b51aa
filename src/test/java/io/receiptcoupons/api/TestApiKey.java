package io.receiptcoupons.api;

import io.receiptcoupons.system.security.TestKeys;

/**
 * The test profile's all-roles API key, in one place for every test client that sets headers itself
 * (the generated client); -Dcoupons.test.api-key overrides it.
 */
public final class TestApiKey {
  private TestApiKey() {}

  public static final String HEADER = "X-API-Key";
  public static final String VALUE = System.getProperty("coupons.test.api-key", TestKeys.ALL_ROLES);
}
