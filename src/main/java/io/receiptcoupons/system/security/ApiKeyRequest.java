package io.receiptcoupons.system.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A key presented in the X-API-Key header, on its way to {@link ApiKeyIdentityProvider}. */
public final class ApiKeyRequest extends BaseAuthenticationRequest {

  private final String key;

  public ApiKeyRequest(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
