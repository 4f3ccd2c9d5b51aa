package io.receiptcoupons.bench;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.campaign.model.Range;
import java.util.ArrayList;
import java.util.List;

/** Writes the benchmark programmes' campaigns as campaign files, for the reload benchmark. */
final class CampaignYaml {

  private CampaignYaml() {}

  static String of(Campaign c) {
    return "id: "
        + c.id()
        + "\nname: "
        + c.id()
        + "\nsponsor: bench\npriority: 1\n"
        + "schedule: { from: 2026-01-01T00:00:00+09:00, until: 2028-01-01T00:00:00+09:00 }\n"
        + "conditions: "
        + condition(c.conditions())
        + "\ncoupon: { title: t, lines: [l], offer: { type: amount-off, value: 10 },"
        + " validity: { days: 7 } }\n";
  }

  /** YAML flow style: one line per campaign. */
  static String condition(Condition c) {
    if (c.all() != null) {
      return "{ all: " + list(c.all()) + " }";
    }
    if (c.any() != null) {
      return "{ any: " + list(c.any()) + " }";
    }
    if (c.not() != null) {
      return "{ not: " + condition(c.not()) + " }";
    }
    if (c.history() != null) {
      var h = c.history();
      return "{ history: { products: "
          + products(h.products())
          + ", metric: "
          + h.metric().field()
          + bounds(h.atLeast(), h.atMost())
          + ", days: "
          + h.days()
          + " } }";
    }
    if (c.basket() != null) {
      var b = c.basket();
      return "{ basket: { products: "
          + products(b.products())
          + ", metric: "
          + b.metric().field()
          + bounds(b.atLeast(), b.atMost())
          + " } }";
    }
    return "{ member: " + member(c.member()) + " }";
  }

  private static String list(List<Condition> children) {
    return children.stream().map(CampaignYaml::condition).toList().toString();
  }

  private static String products(ProductSet p) {
    return "{ categories: " + p.categories() + " }";
  }

  private static String bounds(Long atLeast, Long atMost) {
    return (atLeast == null ? "" : ", atLeast: " + atLeast)
        + (atMost == null ? "" : ", atMost: " + atMost);
  }

  private static String member(MemberCondition m) {
    List<String> parts = new ArrayList<>();
    if (m.gender() != null) {
      parts.add("gender: " + m.gender().code());
    }
    if (m.age() != null) {
      parts.add("age: " + range(m.age()));
    }
    if (m.areas() != null) {
      parts.add("areas: " + m.areas().stream().map(a -> "\"" + a + "\"").toList());
    }
    return "{ " + String.join(", ", parts) + " }";
  }

  private static String range(Range r) {
    return "{ " + bounds(r.atLeast() == null ? null : (long) r.atLeast(), r.atMost() == null ? null : (long) r.atMost()).substring(2) + " }";
  }
}
