package io.receiptcoupons.system.security;

import java.util.Set;

/** Who a key belongs to, what it may do, and for a till the store (and terminal) it serves. */
public record Credential(String subject, Set<String> roles, String store, String terminal) {

  public Credential {
    roles = Set.copyOf(roles);
  }
}
