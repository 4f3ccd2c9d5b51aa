package io.receiptcoupons.coupon;

import io.receiptcoupons.campaign.model.Offer;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.system.Bytes;

/** The compact binary form of coupons and coupon records, cheaper than JSON on every checkout. */
public final class CouponBinary {

  /** Leads a binary record; JSON written before it starts with '{'. */
  public static final int VERSION = 1;

  private CouponBinary() {}

  public static void write(Bytes out, Coupon c) {
    out.string(c.campaignId());
    out.string(c.code());
    out.string(c.title());
    out.strings(c.lines());
    offer(out, c.offer());
    ProductSet.write(out, c.appliesTo());
    out.date(c.validFrom());
    out.date(c.validUntil());
    out.write(c.barcode() == null ? 0 : 1);
    if (c.barcode() != null) {
      out.string(c.barcode().symbology());
      out.string(c.barcode().payload());
    }
  }

  public static Coupon coupon(Bytes.Reader in) {
    return new Coupon(
        in.string(),
        in.string(),
        in.string(),
        in.strings(),
        offer(in),
        ProductSet.read(in),
        in.date(),
        in.date(),
        in.read() == 0 ? null : new Coupon.Barcode(in.string(), in.string()));
  }

  static byte[] encode(CouponRecord r) {
    Bytes out = new Bytes(160);
    out.write(VERSION);
    out.string(r.code());
    out.string(r.campaignId());
    out.string(r.member());
    out.string(r.transactionId());
    out.string(r.storeId());
    out.instant(r.issuedAt());
    out.date(r.issuedOn());
    out.date(r.validFrom());
    out.date(r.validUntil());
    offer(out, r.offer());
    ProductSet.write(out, r.appliesTo());
    out.string(r.rulesetVersion());
    out.string(r.status() == null ? null : r.status().name());
    out.string(r.redeemedBy());
    return out.toArray();
  }

  static CouponRecord decode(byte[] bytes) {
    Bytes.Reader in = new Bytes.Reader(bytes);
    if (in.read() != VERSION) {
      throw new IllegalArgumentException("Unknown coupon record version");
    }
    return new CouponRecord(
        in.string(),
        in.string(),
        in.string(),
        in.string(),
        in.string(),
        in.instant(),
        in.date(),
        in.date(),
        in.date(),
        offer(in),
        ProductSet.read(in),
        in.string(),
        status(in.string()),
        in.string());
  }

  private static CouponRecord.Status status(String name) {
    return name == null ? null : CouponRecord.Status.valueOf(name);
  }

  private static void offer(Bytes out, Offer o) {
    out.string(o == null || o.type() == null ? null : o.type().name());
    out.varint(o == null || o.value() == null ? 0 : 1 + o.value());
  }

  private static Offer offer(Bytes.Reader in) {
    String type = in.string();
    long value = in.varint();
    Long v = value == 0 ? null : value - 1;
    return type == null && v == null ? null : new Offer(type == null ? null : type(type), v);
  }

  private static Offer.Type type(String name) {
    return Offer.Type.valueOf(name);
  }
}
