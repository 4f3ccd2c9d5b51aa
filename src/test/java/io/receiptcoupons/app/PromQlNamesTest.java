package io.receiptcoupons.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlNamesTest {

  @Test
  void keepsMetricNamesAndDropsFunctionsKeywordsLabelsAndDurations() {
    String expr =
        "sum by (campaign) (increase(coupons_campaign_coupons_total{event=\"issued\",campaign=~\"$c\"}[1h])) == 0\n"
            + "and on (campaign) min by (campaign) (coupons_campaign_live offset 1h) == 1\n"
            + "or histogram_quantile(0.99, sum by (le) (rate(x_bucket{le=\"0.025\"}[$__rate_interval])))"
            + " / ignoring(instance) vector(0.025) > bool 1e3";
    assertThat(PromQlNames.of(expr))
        .containsExactlyInAnyOrder(
            "coupons_campaign_coupons_total", "coupons_campaign_live", "x_bucket");
  }
}
