package io.receiptcoupons.campaign.engine;

import java.util.ArrayList;
import java.util.List;

/** Where each line of generated DRL came from: the header, or the template for one campaign. */
public final class DrlMap {

  /** A line of a rule source file; {@code campaignId} is null for the header. */
  public record Origin(boolean header, int line, String campaignId) {}

  private record Span(String campaignId, int first, int whenFirst, int whenLines, int last) {}

  private final int headerLines;
  private final int templateWhenLine;
  private final List<Span> spans = new ArrayList<>();
  private int next;

  /** For a DRL made of {@code header}, a newline, then rules appended in the order added. */
  DrlMap(String header, String template) {
    this.headerLines = lines(header);
    this.templateWhenLine = lineOf(template, "${when}");
    this.next = newlines(header) + 2;
  }

  /** Records the next rule appended, whose ${when} expanded to {@code when}. */
  void add(String campaignId, String when, String rule) {
    int first = next;
    spans.add(
        new Span(
            campaignId, first, first + templateWhenLine - 1, lines(when), first + lines(rule) - 1));
    next += newlines(rule);
  }

  /** The source of a line of the generated DRL (1-based). */
  public Origin origin(int line) {
    for (Span s : spans) {
      if (line >= s.first() && line <= s.last()) {
        return new Origin(false, templateLine(s, line), s.campaignId());
      }
    }
    return new Origin(true, Math.max(1, Math.min(line, headerLines)), null);
  }

  private int templateLine(Span s, int line) {
    if (line < s.whenFirst()) {
      return line - s.first() + 1;
    }
    if (line < s.whenFirst() + s.whenLines()) {
      return templateWhenLine;
    }
    return line - s.first() + 1 - (s.whenLines() - 1);
  }

  static int lines(String text) {
    return text.isEmpty() ? 0 : newlines(text) + (text.endsWith("\n") ? 0 : 1);
  }

  private static int newlines(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }

  private static int lineOf(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? 1 : lines(text.substring(0, at) + "x");
  }
}
