package io.receiptcoupons.issuance;

/** What became of one eligible campaign on one checkout. */
enum Outcome {
  ISSUED(null),
  HELD_OUT(null),
  NOT_DRAWN("not-drawn"),
  CAPPED("capped"),
  CROWDED_OUT("crowded-out"),
  BUDGET_EXHAUSTED("budget-exhausted");

  /** The ledger detail of a skip. */
  final String detail;

  Outcome(String detail) {
    this.detail = detail;
  }
}
