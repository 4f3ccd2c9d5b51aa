package io.receiptcoupons.system.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a presented key into an identity: one SHA-256 and one map lookup, no I/O. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

  private final ApiKeys keys;

  ApiKeyIdentityProvider(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public Class<ApiKeyRequest> getRequestType() {
    return ApiKeyRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyRequest request, AuthenticationRequestContext context) {
    return keys.find(request.key())
        .map(ApiKeyIdentityProvider::identity)
        .map(identity -> Uni.createFrom().item(identity))
        .orElseGet(
            () -> Uni.createFrom().failure(new AuthenticationFailedException("Unknown API key")));
  }

  private static SecurityIdentity identity(Credential credential) {
    var builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(credential.subject()))
            .addRoles(credential.roles());
    if (credential.store() != null) {
      builder.addAttribute(Roles.STORE_ATTRIBUTE, credential.store());
    }
    if (credential.terminal() != null) {
      builder.addAttribute(Roles.TERMINAL_ATTRIBUTE, credential.terminal());
    }
    return builder.build();
  }
}
