package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a history or basket predicate measures. */
public enum Metric {
  /** Distinct transactions that contained the product set. */
  @JsonProperty("times")
  TIMES,
  /** Units bought. */
  @JsonProperty("quantity")
  QUANTITY,
  /** Yen spent. */
  @JsonProperty("spend")
  SPEND;

  /** The fact field that carries this metric. */
  public String field() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
