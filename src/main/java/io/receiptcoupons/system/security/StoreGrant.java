package io.receiptcoupons.system.security;

import io.quarkus.security.ForbiddenException;

/** The stores a caller may act for: one, for a till's key; any, for other roles. */
public record StoreGrant(String store, String terminal) {

  public static final StoreGrant ANY = new StoreGrant(null, null);

  /** A till key is bound to its store; keys without a store, or with store *, may act for any. */
  public static StoreGrant of(String store, String terminal) {
    return store == null || Roles.ANY_STORE.equals(store) ? ANY : new StoreGrant(store, terminal);
  }

  /** Throws 403, naming both stores, unless the caller may act for {@code storeId}. */
  public void require(String storeId) {
    if (store != null && !store.equals(storeId)) {
      throw new ForbiddenException(
          "This credential is for store "
              + store
              + ", not "
              + (storeId == null ? "a checkout whose store was not recorded" : "store " + storeId));
    }
  }

  /** As {@link #require(String)}, and for a terminal-bound key, the terminal too. */
  public void require(String storeId, String terminalId) {
    require(storeId);
    if (terminal != null && !terminal.equals(terminalId)) {
      throw new ForbiddenException(
          "This credential is for terminal " + terminal + ", not terminal " + terminalId);
    }
  }
}
