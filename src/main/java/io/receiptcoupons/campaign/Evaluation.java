package io.receiptcoupons.campaign;

import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Everything one rule evaluation sees. Time is an input: rules never read a clock. {@code
 * partnerLists} are the keys ("partner/job") of the running partner lists the member is on.
 */
public record Evaluation(
    PurchaseHistory history,
    Map<String, Totals> basket,
    MemberProfile profile,
    String storeId,
    LocalDate localDate,
    Set<String> partnerLists) {

  /** An evaluation with no partner data. */
  public Evaluation(
      PurchaseHistory history,
      Map<String, Totals> basket,
      MemberProfile profile,
      String storeId,
      LocalDate localDate) {
    this(history, basket, profile, storeId, localDate, Set.of());
  }
}
