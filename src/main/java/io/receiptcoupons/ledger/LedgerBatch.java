package io.receiptcoupons.ledger;

import java.util.ArrayList;
import java.util.List;

/** The events one transaction decides, kept in order until they are appended as one entry. */
public final class LedgerBatch {

  private final List<LedgerEvent> events = new ArrayList<>();

  public void add(LedgerEvent event) {
    events.add(event);
  }

  List<LedgerEvent> events() {
    return events;
  }
}
