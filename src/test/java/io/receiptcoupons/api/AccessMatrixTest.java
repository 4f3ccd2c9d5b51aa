package io.receiptcoupons.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.system.security.DefaultApiKey;
import io.receiptcoupons.system.security.Roles;
import io.receiptcoupons.system.security.TestKeys;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the JAX-RS resources in api and app, found by reflection, against every role:
 * 401 without a key or with a bad one, 403 for a role it does not allow, and no 401/403 for one it
 * does. An endpoint added without @RolesAllowed fails here.
 */
@QuarkusTest
class AccessMatrixTest {

  private static final Map<String, String> SAMPLE_PARAMS =
      Map.of(
          "{memberId}", "9800000000001",
          "{id}", "tea-lover",
          "{transactionId}", "S0012-T03-matrix",
          "{partner}", "acme",
          "{job}", "spring-2027");

  /** One HTTP operation and the roles its annotations allow. */
  record Endpoint(String method, String path, Set<String> roles) {}

  @Test
  void everyEndpointDeclaresItsRoles() {
    assertThat(endpoints()).hasSizeGreaterThanOrEqualTo(16);
    assertThat(endpoints()).allSatisfy(e -> assertThat(e.roles()).as(e.toString()).isNotEmpty());
  }

  @Test
  void everyEndpointRefusesAnonymousAndBadKeysAndEveryRoleItDoesNotAllow() {
    DefaultApiKey.clear();
    SoftAssertions soft = new SoftAssertions();
    for (Endpoint e : endpoints()) {
      expect(soft, e, "no key", call(e, null), 401);
      expect(soft, e, "a bad key", call(e, "not-a-key-of-this-service-000000000000"), 401);
      for (String role : Roles.ALL) {
        Response r = call(e, TestKeys.BY_ROLE.get(role));
        if (e.roles().contains(role)) {
          soft.assertThat(r.statusCode()).as(e + " as " + role).isNotIn(401, 403);
        } else {
          expect(soft, e, role, r, 403);
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void metricsAreForOpsAndHealthIsOpen() {
    DefaultApiKey.clear();
    given().get("/q/metrics").then().statusCode(401);
    given()
        .header(TestKeys.HEADER, TestKeys.BY_ROLE.get(Roles.ADMIN))
        .get("/q/metrics")
        .then()
        .statusCode(403);
    given()
        .header(TestKeys.HEADER, TestKeys.BY_ROLE.get(Roles.OPS))
        .get("/q/metrics")
        .then()
        .statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
    given().header(TestKeys.HEADER, "bad").get("/q/health/live").then().statusCode(200);
  }

  private static void expect(SoftAssertions soft, Endpoint e, String as, Response r, int status) {
    soft.assertThat(r.statusCode()).as(e + " with " + as).isEqualTo(status);
    soft.assertThat(r.contentType()).as(e + " with " + as).startsWith("application/problem+json");
  }

  private static Response call(Endpoint e, String key) {
    var request = given().contentType(ContentType.JSON).body("{}");
    if (key != null) {
      request.header(TestKeys.HEADER, key);
    }
    return request.request(e.method(), e.path());
  }

  static List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.receiptcoupons.api", "io.receiptcoupons.app");
    for (JavaClass resource : classes) {
      if (resource.isAnnotatedWith(Path.class)) {
        resource.getMethods().forEach(m -> endpoint(resource, m, endpoints));
      }
    }
    return endpoints;
  }

  private static void endpoint(JavaClass resource, JavaMethod method, List<Endpoint> endpoints) {
    for (var annotation : method.reflect().getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        endpoints.add(new Endpoint(verb.value(), path(resource, method), roles(resource, method)));
      }
    }
  }

  private static String path(JavaClass resource, JavaMethod method) {
    String path = resource.reflect().getAnnotation(Path.class).value();
    Path sub = method.reflect().getAnnotation(Path.class);
    if (sub != null) {
      path = path + "/" + sub.value();
    }
    for (var param : SAMPLE_PARAMS.entrySet()) {
      path = path.replace(param.getKey(), param.getValue());
    }
    return path.replaceAll("/+", "/");
  }

  private static Set<String> roles(JavaClass resource, JavaMethod method) {
    RolesAllowed roles = method.reflect().getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = resource.reflect().getAnnotation(RolesAllowed.class);
    }
    return roles == null ? Set.of() : Set.of(roles.value());
  }
}
