package io.receiptcoupons.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.ledger.LedgerEvent.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedgerCodecTest {

  private static final Kind[] KINDS = Kind.values();
  private static final String[] WORDS = {
    null, "", "tea-lover", "S0012", "skipped:crowded-out", "ÄÖ 茶 \"quoted\", comma", "x".repeat(300)
  };

  @Test
  void everyFieldOfEveryEventSurvivesTheRoundTripIncludingNullsAndRepeats() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<LedgerEvent> run = new ArrayList<>();
      long first = random.nextInt(3) == 0 ? 1 : Math.abs(random.nextLong() >> 2);
      int size = 1 + random.nextInt(20);
      for (int i = 0; i < size; i++) {
        run.add(randomEvent(random, first + i, run.isEmpty() ? null : run.get(i - 1)));
      }

      assertThat(LedgerCodec.decode(LedgerCodec.encode(run))).isEqualTo(run);
    }
  }

  @Test
  void aCheckoutsSkipsCostAFewBytesEachAfterTheFirstEvent() {
    LedgerEvent first =
        new LedgerEvent(
            41,
            Kind.ISSUED,
            Instant.parse("2026-12-01T03:00:00.123Z"),
            "tea-lover",
            "m".repeat(22),
            "S0012",
            "S0012-T03-000123",
            "C".repeat(29),
            null,
            LocalDate.of(2026, 12, 1),
            "abc123-1764558000");
    List<LedgerEvent> run = new ArrayList<>(List.of(first));
    for (int i = 1; i <= 15; i++) {
      run.add(
          new LedgerEvent(
              41 + i,
              Kind.SKIPPED,
              first.at(),
              "campaign-" + i,
              first.member(),
              first.storeId(),
              first.transactionId(),
              null,
              "crowded-out",
              first.day(),
              first.rulesetVersion()));
    }

    byte[] one = LedgerCodec.encode(run.subList(0, 1));
    byte[] all = LedgerCodec.encode(run);

    assertThat((all.length - one.length) / 15).isLessThan(30);
    assertThat(LedgerCodec.decode(all)).isEqualTo(run);
  }

  @Test
  void keysAreFixedWidthHexThatSortInSequenceOrder() {
    assertThat(Ledger.key(0)).isEqualTo("0000000000000000");
    assertThat(Ledger.key(255)).isEqualTo("00000000000000ff");
    assertThat(Ledger.key(Long.MAX_VALUE)).isEqualTo("7fffffffffffffff");
    Random random = new Random(3);
    for (int i = 0; i < 1000; i++) {
      long a = random.nextLong() >>> (1 + random.nextInt(63));
      long b = random.nextLong() >>> (1 + random.nextInt(63));
      assertThat(Integer.signum(Ledger.key(a).compareTo(Ledger.key(b))))
          .isEqualTo(Long.compare(a, b));
    }
  }

  private static LedgerEvent randomEvent(Random r, long seq, LedgerEvent previous) {
    if (previous != null && r.nextBoolean()) {
      return new LedgerEvent(
          seq,
          KINDS[r.nextInt(KINDS.length)],
          previous.at(),
          word(r),
          previous.member(),
          previous.storeId(),
          previous.transactionId(),
          word(r),
          word(r),
          previous.day(),
          previous.rulesetVersion());
    }
    Instant at =
        r.nextInt(5) == 0
            ? null
            : Instant.ofEpochSecond(r.nextInt() * 10L, r.nextInt(1_000_000_000));
    LocalDate day = r.nextInt(5) == 0 ? null : LocalDate.ofEpochDay(r.nextInt(200_000) - 100_000);
    return new LedgerEvent(
        seq,
        KINDS[r.nextInt(KINDS.length)],
        at,
        word(r),
        word(r),
        word(r),
        word(r),
        word(r),
        word(r),
        day,
        word(r));
  }

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }
}
