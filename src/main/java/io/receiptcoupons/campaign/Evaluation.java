package io.receiptcoupons.campaign;

import io.receiptcoupons.member.MemberProfile;
import io.receiptcoupons.member.PurchaseHistory;
import io.receiptcoupons.member.Totals;
import java.time.LocalDate;
import java.util.Map;

/** Everything one rule evaluation sees. Time is an input: rules never read a clock. */
public record Evaluation(
    PurchaseHistory history,
    Map<String, Totals> basket,
    MemberProfile profile,
    String storeId,
    LocalDate localDate) {}
