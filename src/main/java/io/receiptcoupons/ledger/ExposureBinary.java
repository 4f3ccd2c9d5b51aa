package io.receiptcoupons.ledger;

import io.receiptcoupons.ledger.Conversions.Exposure;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.system.Bytes;
import java.util.ArrayList;
import java.util.List;

/** The compact binary form of a member's open exposures, as the store holds them. */
final class ExposureBinary {

  private static final int VERSION = 1;

  private ExposureBinary() {}

  static byte[] encode(List<Exposure> exposures) {
    Bytes out = new Bytes(64 * exposures.size());
    out.write(VERSION);
    out.varint(exposures.size());
    for (Exposure e : exposures) {
      out.string(e.campaignId());
      out.string(e.group());
      out.date(e.from());
      out.date(e.until());
      ProductSet.write(out, e.products());
    }
    return out.toArray();
  }

  static List<Exposure> decode(byte[] bytes) {
    Bytes.Reader in = new Bytes.Reader(bytes);
    if (in.read() != VERSION) {
      throw new IllegalArgumentException("Unknown exposures version");
    }
    int n = (int) in.varint();
    List<Exposure> exposures = new ArrayList<>(n + 3);
    for (int i = 0; i < n; i++) {
      exposures.add(
          new Exposure(in.string(), in.string(), in.date(), in.date(), ProductSet.read(in)));
    }
    return exposures;
  }
}
