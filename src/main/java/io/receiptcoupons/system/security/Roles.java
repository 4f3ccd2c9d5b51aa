package io.receiptcoupons.system.security;

import java.util.List;

/** The four roles of docs/security.md. */
public final class Roles {

  public static final String POS = "pos";
  public static final String CAMPAIGN_MANAGER = "campaign-manager";
  public static final String ADMIN = "admin";
  public static final String OPS = "ops";
  public static final List<String> ALL = List.of(POS, CAMPAIGN_MANAGER, ADMIN, OPS);

  /** The identity attributes a POS credential's binding travels in. */
  public static final String STORE_ATTRIBUTE = "coupons.store";

  public static final String TERMINAL_ATTRIBUTE = "coupons.terminal";

  /** The store of a pos key that may act for every store (e.g. a central system): say so. */
  public static final String ANY_STORE = "*";

  private Roles() {}
}
