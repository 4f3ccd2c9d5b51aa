package io.receiptcoupons.authoring;

/** Test helpers: small campaign and scenario files, written as a campaign manager would. */
final class Authoring {
  private Authoring() {}

  /** A complete campaign file with {@code conditions} (indented two spaces) as its conditions. */
  static String campaign(String id, String conditions) {
    return "id: "
        + id
        + "\nname: Test campaign\nsponsor: Tests\npriority: 10\nschedule:\n"
        + "  from: 2026-01-01T00:00:00+09:00\n  until: 2028-01-01T00:00:00+09:00\n"
        + "conditions:\n"
        + conditions
        + "coupon:\n  title: Test\n  lines: [Test]\n  offer: { type: amount-off, value: 10 }\n"
        + "  validity: { days: 7 }\n";
  }
}
