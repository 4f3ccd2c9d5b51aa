package io.receiptcoupons.ledger;

import io.receiptcoupons.ledger.LedgerEvent.Kind;
import io.receiptcoupons.system.Bytes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The binary form of a run of ledger events with consecutive sequence numbers. */
final class LedgerCodec {

  private static final int VERSION = 1;
  // Codes on disk, fixed here so that reordering the enum never changes what is stored.
  private static final Kind[] KINDS = {
    Kind.ISSUED,
    Kind.HELD_OUT,
    Kind.SKIPPED,
    Kind.REDEEMED,
    Kind.REJECTED,
    Kind.VOIDED,
    Kind.CONVERTED
  };
  private static final LedgerEvent NONE =
      new LedgerEvent(0, null, null, null, null, null, null, null, null, null, null);

  private LedgerCodec() {}

  /** Events of one transaction; each field is written only where it differs from the last. */
  static byte[] encode(List<LedgerEvent> run) {
    Bytes out = new Bytes(64 + 24 * run.size());
    out.write(VERSION);
    out.varint(run.size());
    out.varint(run.get(0).seq());
    LedgerEvent previous = NONE;
    for (LedgerEvent e : run) {
      out.write(code(e.kind()));
      Object[] now = fields(e);
      Object[] before = fields(previous);
      int changed = 0;
      for (int i = 0; i < now.length; i++) {
        changed |= Objects.equals(now[i], before[i]) ? 0 : 1 << i;
      }
      out.varint(changed);
      for (int i = 0; i < now.length; i++) {
        if ((changed & 1 << i) != 0) {
          write(out, now[i]);
        }
      }
      previous = e;
    }
    return out.toArray();
  }

  /** Where an entry of {@code count} events holds its first sequence number. */
  static int firstSeqAt(int count) {
    Bytes header = new Bytes(12);
    header.write(VERSION);
    header.varint(count);
    return header.toArray().length;
  }

  static List<LedgerEvent> decode(byte[] bytes) {
    Bytes.Reader in = new Bytes.Reader(bytes);
    if (in.read() != VERSION) {
      throw new IllegalArgumentException("Unknown ledger entry version");
    }
    int count = (int) in.varint();
    long seq = in.varint();
    List<LedgerEvent> events = new ArrayList<>(count);
    Object[] f = fields(NONE);
    for (int n = 0; n < count; n++) {
      Kind kind = KINDS[in.read()];
      int changed = (int) in.varint();
      for (int i = 0; i < f.length; i++) {
        f[i] = (changed & 1 << i) == 0 ? f[i] : read(in, i);
      }
      events.add(event(seq + n, kind, f));
    }
    return events;
  }

  private static Object[] fields(LedgerEvent e) {
    return new Object[] {
      e.at(),
      e.campaignId(),
      e.member(),
      e.storeId(),
      e.transactionId(),
      e.code(),
      e.detail(),
      e.day(),
      e.rulesetVersion()
    };
  }

  private static LedgerEvent event(long seq, Kind kind, Object[] f) {
    return new LedgerEvent(
        seq,
        kind,
        (Instant) f[0],
        (String) f[1],
        (String) f[2],
        (String) f[3],
        (String) f[4],
        (String) f[5],
        (String) f[6],
        (LocalDate) f[7],
        (String) f[8]);
  }

  private static int code(Kind kind) {
    for (int i = 0; i < KINDS.length; i++) {
      if (KINDS[i] == kind) {
        return i;
      }
    }
    throw new IllegalArgumentException("No code for " + kind);
  }

  private static void write(Bytes out, Object v) {
    if (v instanceof Instant t) {
      out.instant(t);
    } else if (v instanceof LocalDate d) {
      out.date(d);
    } else {
      out.string((String) v);
    }
  }

  // Field 0 is the instant and 7 the budget day; the rest are strings.
  private static Object read(Bytes.Reader in, int field) {
    return field == 0 ? in.instant() : field == 7 ? in.date() : in.string();
  }
}
