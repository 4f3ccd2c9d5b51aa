package io.receiptcoupons.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/** The local day of an ISO-8601 time with offset, read digit by digit in the usual shape. */
// Several times cheaper than OffsetDateTime.parse; any other shape, and every error, goes to it.
final class LocalDays {

  private final ZoneRules zone;

  LocalDays(ZoneId zone) {
    this.zone = zone.getRules();
  }

  /** The epoch day of {@code text}'s instant in the zone. */
  int of(String text) {
    long epochSecond = fast(text);
    if (epochSecond == Long.MIN_VALUE) {
      epochSecond = OffsetDateTime.parse(text).toEpochSecond();
    }
    int offset = zone.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return (int) Math.floorDiv(epochSecond + offset, 86_400L);
  }

  // yyyy-MM-ddTHH:mm:ss, an optional fraction, then Z or +HH:MM / -HH:MM; else Long.MIN_VALUE.
  private static long fast(String s) {
    boolean shaped =
        s.length() >= 20
            && s.charAt(4) == '-'
            && s.charAt(7) == '-'
            && s.charAt(10) == 'T'
            && s.charAt(13) == ':'
            && s.charAt(16) == ':';
    if (!shaped) {
      return Long.MIN_VALUE;
    }
    int at = 19;
    if (s.charAt(at) == '.') {
      for (at++; at < s.length() && Character.isDigit(s.charAt(at)); at++) {
        // A fraction of a second never moves the day.
      }
    }
    long local = localSeconds(s);
    int offset = offset(s, at);
    return local == Long.MIN_VALUE || offset == Integer.MIN_VALUE ? Long.MIN_VALUE : local - offset;
  }

  // Seconds since the epoch of the local date-time in s[0, 19), or Long.MIN_VALUE if invalid.
  private static long localSeconds(String s) {
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || hour > 23
        || minute > 59
        || second > 59
        || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Long.MIN_VALUE;
    }
    return LocalDate.of(year, month, day).toEpochDay() * 86_400L
        + hour * 3_600L
        + minute * 60L
        + second;
  }

  // Seconds east of UTC, or Integer.MIN_VALUE when not Z, +HH:MM or -HH:MM ending the text.
  private static int offset(String s, int at) {
    if (at == s.length() - 1 && s.charAt(at) == 'Z') {
      return 0;
    }
    if (at != s.length() - 6 || s.charAt(at + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    char sign = s.charAt(at);
    int hours = digits(s, at + 1, 2);
    int minutes = digits(s, at + 4, 2);
    if ((sign != '+' && sign != '-') || hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3_600 + minutes * 60;
    return sign == '+' ? seconds : -seconds;
  }

  // The non-negative number in s[from, from + count), or -1 if any of it is not a digit.
  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
