package io.receiptcoupons.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalDaysTest {

  @Test
  void agreesWithTheJdkParserOnRandomTimesOffsetsAndZones() {
    Random r = new Random(7);
    for (String zone : List.of("Asia/Tokyo", "America/New_York", "UTC", "Australia/Lord_Howe")) {
      LocalDays days = new LocalDays(ZoneId.of(zone));
      for (int i = 0; i < 20_000; i++) {
        String text = randomTime(r);
        int expected =
            (int)
                OffsetDateTime.parse(text)
                    .atZoneSameInstant(ZoneId.of(zone))
                    .toLocalDate()
                    .toEpochDay();
        assertThat(days.of(text)).as(text + " in " + zone).isEqualTo(expected);
      }
    }
  }

  @Test
  void invalidTimesFailAsTheJdkParserFails() {
    LocalDays days = new LocalDays(ZoneId.of("Asia/Tokyo"));
    for (String bad :
        List.of(
            "2026-02-30T10:00:00+09:00",
            "2026-11-20T24:00:00+09:00",
            "2026-11-20T10:60:00+09:00",
            "2026-11-20T10:00:00+19:00",
            "2026-11-20 10:00:00+09:00",
            "2026-11-20T10:00:00",
            "2026-1x-20T10:00:00+09:00",
            "")) {
      assertThatThrownBy(() -> days.of(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
    }
  }

  private static String randomTime(Random r) {
    OffsetDateTime t =
        OffsetDateTime.of(
            2015 + r.nextInt(15),
            1 + r.nextInt(12),
            1 + r.nextInt(28),
            r.nextInt(24),
            r.nextInt(60),
            r.nextInt(60),
            r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0,
            ZoneOffset.ofTotalSeconds((r.nextInt(37) - 18) * 1800));
    String text = t.toString();
    // toString drops zero seconds ("10:00+09:00"), a shape the fallback must still read.
    return r.nextInt(10) == 0 ? text.replace("+00:00", "Z") : text;
  }
}
