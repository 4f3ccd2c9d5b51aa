package io.receiptcoupons.campaign.model;

/** Shared check for inclusive [atLeast, atMost] ranges. */
final class Bounds {
  private Bounds() {}

  static boolean valid(Number atLeast, Number atMost) {
    if (atLeast == null && atMost == null) {
      return false;
    }
    return atLeast == null || atMost == null || atLeast.longValue() <= atMost.longValue();
  }
}
