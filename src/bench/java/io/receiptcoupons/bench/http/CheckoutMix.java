package io.receiptcoupons.bench.http;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Checkout bodies in issue 6's mix: 70% members with history, 20% unknown cards, 10% no card; 1-12
 * items; every transactionId unique to its run and slot.
 */
public final class CheckoutMix {

  // Unique per process, so that a run on a reused store never repeats a transactionId (a 409).
  private static final String PROCESS =
      Long.toString(System.currentTimeMillis() / 1000 % 2_000_000_000L, 36);

  private final String run;
  private final int knownMembers;

  /** {@code run} prefixes transaction ids and unknown cards; 1-12 letters or digits. */
  public CheckoutMix(String run, int knownMembers) {
    this.run = run + PROCESS;
    this.knownMembers = knownMembers;
  }

  /** The body for slot {@code seq}. */
  public byte[] body(long seq, SplittableRandom r) {
    StringBuilder b = new StringBuilder(1024);
    b.append("{\"transactionId\":\"").append(run).append('-').append(seq).append('"');
    int who = r.nextInt(100);
    if (who < 70 && knownMembers > 0) {
      b.append(",\"memberId\":\"").append(Synthetic.member(r.nextInt(knownMembers))).append('"');
    } else if (who < 90) {
      b.append(",\"memberId\":\"U").append(run).append('-').append(seq).append('"');
    }
    b.append(",\"storeId\":\"S").append(String.format("%04d", 1 + r.nextInt(50)));
    b.append("\",\"terminalId\":\"T01\",\"occurredAt\":\"").append(Synthetic.DAY);
    b.append(String.format("T%02d:%02d:00+09:00\",\"items\":", 9 + r.nextInt(12), r.nextInt(60)));
    items(b, r);
    return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON array of 1-12 line items. */
  static StringBuilder items(StringBuilder b, SplittableRandom r) {
    int n = 1 + r.nextInt(12);
    b.append('[');
    for (int i = 0; i < n; i++) {
      int type = Synthetic.popularType(r);
      b.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(Synthetic.sku(type, r));
      b.append("\",\"category\":\"").append(Synthetic.category(type));
      b.append("\",\"brand\":\"").append(Synthetic.brand(type));
      b.append("\",\"quantity\":").append(1 + r.nextInt(3));
      b.append(",\"unitPrice\":").append(100 + r.nextInt(900)).append('}');
    }
    return b.append(']');
  }
}
