package io.receiptcoupons.checkout;

import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.coupon.CouponBinary;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.system.Bytes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The compact binary form of a recorded checkout, written on every checkout. */
final class RecordBinary {

  private RecordBinary() {}

  static byte[] encode(CheckoutRecords.Recorded r) {
    Bytes out = new Bytes(256 + 16 * r.counted().size());
    out.write(CouponBinary.VERSION);
    out.string(r.fingerprint());
    response(out, r.response());
    out.string(r.member());
    out.date(r.localDate());
    out.varint(r.counted().size());
    r.counted()
        .forEach(
            (key, t) -> {
              out.string(key);
              out.signed(t.times());
              out.signed(t.quantity());
              out.signed(t.spend());
            });
    voided(out, r.voided());
    // Appended last, so that records written before it still decode (with no store).
    out.string(r.storeId());
    out.string(r.response().card());
    return out.toArray();
  }

  static CheckoutRecords.Recorded decode(byte[] bytes) {
    Bytes.Reader in = new Bytes.Reader(bytes);
    if (in.read() != CouponBinary.VERSION) {
      throw new IllegalArgumentException("Unknown checkout record version");
    }
    String fingerprint = in.string();
    CheckoutResponse response = response(in);
    String member = in.string();
    var date = in.date();
    int keys = (int) in.varint();
    Map<String, Totals> counted = new LinkedHashMap<>();
    for (int i = 0; i < keys; i++) {
      counted.put(in.string(), new Totals((int) in.signed(), (int) in.signed(), in.signed()));
    }
    VoidResponse voided = voided(in);
    String storeId = in.hasMore() ? in.string() : null;
    if (in.hasMore()) {
      response = withCard(response, in.string());
    }
    return new CheckoutRecords.Recorded(
        fingerprint, response, member, date, counted, voided, storeId);
  }

  private static void response(Bytes out, CheckoutResponse r) {
    out.string(r.transactionId());
    out.string(r.rulesetVersion());
    out.write(r.degraded() ? 1 : 0);
    out.varint(r.coupons().size());
    r.coupons().forEach(c -> CouponBinary.write(out, c));
  }

  private static CheckoutResponse response(Bytes.Reader in) {
    String transactionId = in.string();
    String version = in.string();
    boolean degraded = in.read() == 1;
    int n = (int) in.varint();
    List<Coupon> coupons = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      coupons.add(CouponBinary.coupon(in));
    }
    return new CheckoutResponse(transactionId, version, coupons, degraded);
  }

  private static CheckoutResponse withCard(CheckoutResponse r, String card) {
    return new CheckoutResponse(
        r.transactionId(), r.rulesetVersion(), r.coupons(), r.degraded(), card);
  }

  private static void voided(Bytes out, VoidResponse v) {
    out.write(v == null ? 0 : 1);
    if (v != null) {
      out.string(v.transactionId());
      out.instant(v.voidedAt());
      out.strings(v.cancelled());
      out.strings(v.alreadyRedeemed());
    }
  }

  private static VoidResponse voided(Bytes.Reader in) {
    return in.read() == 0
        ? null
        : new VoidResponse(in.string(), in.instant(), in.strings(), in.strings());
  }
}
