package io.receiptcoupons.system.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request: who, and for which store. */
@RequestScoped
public class Caller {

  private final SecurityIdentity identity;

  Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The stores this caller may act for ({@link StoreGrant#of}). */
  public StoreGrant stores() {
    String store = identity.getAttribute(Roles.STORE_ATTRIBUTE);
    String terminal = identity.getAttribute(Roles.TERMINAL_ATTRIBUTE);
    return StoreGrant.of(store, terminal);
  }
}
