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

  /** A till key is bound to its store; keys without a store, or with store *, may act for any. */
  public StoreGrant stores() {
    String store = identity.getAttribute(Roles.STORE_ATTRIBUTE);
    String terminal = identity.getAttribute(Roles.TERMINAL_ATTRIBUTE);
    return store == null || Roles.ANY_STORE.equals(store)
        ? StoreGrant.ANY
        : new StoreGrant(store, terminal);
  }
}
