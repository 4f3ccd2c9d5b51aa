package io.receiptcoupons.explain;

import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.shopper.MemberProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Member attribute predicates: every given field must hold; unknown attributes never match. */
final class MemberChecks {
  private MemberChecks() {}

  static Verdict check(MemberCondition m, MemberProfile p, LocalDate date) {
    List<Check> checks = new ArrayList<>();
    if (m.gender() != null) {
      boolean passed = p.gender() == m.gender();
      checks.add(new Check("gender", passed, p.gender().code(), m.gender().code()));
    }
    if (m.age() != null) {
      checks.add(range("age", p.ageOn(date), m.age()));
    }
    if (m.areas() != null) {
      boolean passed = p.area() != null && m.areas().contains(p.area());
      String actual = p.area() == null ? "unknown" : p.area();
      checks.add(new Check("area", passed, actual, "one of " + String.join(", ", m.areas())));
    }
    if (m.tenureDays() != null) {
      checks.add(range("tenure days", p.tenureDaysOn(date), m.tenureDays()));
    }
    return new Verdict(checks.stream().allMatch(Check::passed), checks);
  }

  private static Check range(String name, int value, Range r) {
    boolean passed = Leaves.inRange(value, r.atLeast(), r.atMost());
    return new Check(name, passed, Labels.known(value), Labels.range(r.atLeast(), r.atMost()));
  }
}
