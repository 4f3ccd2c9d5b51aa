package io.receiptcoupons.system.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** Reads the X-API-Key header; a request without one stays anonymous (health is open). */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

  public static final String HEADER = "X-API-Key";
  private static final SecurityIdentity UNCHECKED =
      QuarkusSecurityIdentity.builder()
          .setPrincipal(new QuarkusPrincipal("unchecked"))
          .addRoles(Set.copyOf(Roles.ALL))
          .build();
  private static final Credential UNCHECKED_CREDENTIAL =
      new Credential("unchecked", Set.copyOf(Roles.ALL), null, null);
  private final boolean checkKeys;
  private final ApiKeys keys;

  ApiKeyMechanism(SecurityConfig config, ApiKeys keys) {
    this.checkKeys = config.checkKeys();
    this.keys = keys;
  }

  /**
   * The credential a request's header presents, for a path that answers before Quarkus builds the
   * identity (checkout shedding): the same lookup, and every role when keys are not checked.
   */
  public Optional<Credential> presented(HttpServerRequest request) {
    return checkKeys ? keys.find(request.getHeader(HEADER)) : Optional.of(UNCHECKED_CREDENTIAL);
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    if (!checkKeys) {
      return Uni.createFrom().item(UNCHECKED);
    }
    String key = context.request().getHeader(HEADER);
    if (key == null) {
      return Uni.createFrom().optional(Optional.empty());
    }
    return identityProviderManager.authenticate(new ApiKeyRequest(key));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", SecurityProblems.CHALLENGE));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
  }
}
