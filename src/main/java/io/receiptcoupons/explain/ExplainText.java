package io.receiptcoupons.explain;

import java.io.PrintWriter;

/** Explain's plain-text form, e.g. "[ ] beverages/tea times in 90 days = 4, needs >= 5". */
public final class ExplainText {
  private ExplainText() {}

  public static void print(Eligibility e, PrintWriter out) {
    out.printf(
        "member %s at %s (local date %s), store %s, ruleset %s%n",
        e.memberId(),
        e.at(),
        e.localDate(),
        e.storeId() == null ? "-" : e.storeId(),
        e.rulesetVersion());
    if (e.optedOut()) {
      out.println("opted out: no campaign targets this member and nothing is recorded");
      return;
    }
    for (CampaignEligibility c : e.campaigns()) {
      String verdict = c.eligible() ? "ELIGIBLE" : "not eligible";
      out.printf("%n%s: %s%n", c.campaignId(), verdict);
      c.conditions()
          .forEach(
              k ->
                  out.printf(
                      "  [%s] %s = %s, needs %s%n",
                      k.passed() ? "x" : " ", k.condition(), k.actual(), k.needs()));
      c.blockedBy().forEach(b -> out.printf("  blocked by %s%n", b));
    }
  }
}
