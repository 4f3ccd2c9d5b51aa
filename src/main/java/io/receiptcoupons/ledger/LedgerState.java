package io.receiptcoupons.ledger;

/** In-memory state kept from ledger events, rebuilt at start-up in one pass shared by all. */
public interface LedgerState {

  /** Takes one committed event, in sequence order. */
  void rebuild(LedgerEvent event);

  /**
   * False when the state lives in the shared store already, so start-up need not read the ledger.
   */
  default boolean needsReplay() {
    return true;
  }
}
