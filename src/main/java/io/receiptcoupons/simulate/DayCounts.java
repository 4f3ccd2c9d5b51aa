package io.receiptcoupons.simulate;

import io.receiptcoupons.ledger.LedgerEvent;
import java.util.HashSet;
import java.util.Set;

/** One campaign's decisions on one local day, counted from the ledger. */
final class DayCounts {

  private final Set<String> members = new HashSet<>();
  private long decisions;
  private long issued;
  private long heldOut;
  private long capped;
  private long notDrawn;
  private long crowdedOut;
  private long budgetExhausted;

  /** Every decision means the campaign was live and its conditions held for this checkout. */
  void add(LedgerEvent e) {
    decisions++;
    if (e.member() != null) {
      members.add(e.member());
    }
    switch (e.kind()) {
      case ISSUED -> issued++;
      case HELD_OUT -> heldOut++;
      default -> skipped(e.detail());
    }
  }

  private void skipped(String detail) {
    switch (detail == null ? "" : detail) {
      case "capped" -> capped++;
      case "not-drawn" -> notDrawn++;
      case "crowded-out" -> crowdedOut++;
      case "budget-exhausted" -> budgetExhausted++;
      default -> {
        // Other skips are counted only as decisions.
      }
    }
  }

  Set<String> members() {
    return members;
  }

  long decisions() {
    return decisions;
  }

  long issued() {
    return issued;
  }

  long heldOut() {
    return heldOut;
  }

  long capped() {
    return capped;
  }

  long notDrawn() {
    return notDrawn;
  }

  long crowdedOut() {
    return crowdedOut;
  }

  long budgetExhausted() {
    return budgetExhausted;
  }
}
