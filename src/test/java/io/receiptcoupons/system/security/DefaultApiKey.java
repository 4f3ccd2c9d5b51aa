package io.receiptcoupons.system.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Registered for every @QuarkusTest (META-INF/services): its RestAssured requests carry the
 * all-roles test key unless the test sets the header itself or {@link #clear() clears} it. A
 * Quarkus callback, not a JUnit extension: only it runs in the class loader the test's RestAssured
 * lives in. A filter, not a default request specification: a specification would fix the port.
 */
public class DefaultApiKey
    implements QuarkusTestBeforeClassCallback, QuarkusTestBeforeEachCallback, Filter {

  private static final DefaultApiKey FILTER = new DefaultApiKey();
  private static volatile String key;

  @Override
  public void beforeClass(Class<?> testClass) {
    install(TestKeys.ALL_ROLES);
  }

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    install(TestKeys.ALL_ROLES);
  }

  /** Every later RestAssured request without the header sends {@code key}. */
  public static void install(String defaultKey) {
    key = defaultKey;
    if (!RestAssured.filters().contains(FILTER)) {
      RestAssured.filters(FILTER);
    }
  }

  /** No default key until the next test: requests without the header are anonymous. */
  public static void clear() {
    key = null;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext context) {
    String current = key;
    if (current != null && !request.getHeaders().hasHeaderWithName(TestKeys.HEADER)) {
      request.header(TestKeys.HEADER, current);
    }
    return context.next(request, response);
  }
}
