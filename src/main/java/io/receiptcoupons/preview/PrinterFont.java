package io.receiptcoupons.preview;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A font with Japanese glyphs, as a till printer has: Noto CJK or IPA Gothic (Debian
 * fonts-noto-cjk, fonts-ipafont-gothic) when installed, else any installed font that can show
 * Japanese, else the JDK's sans serif (then Japanese shows as boxes, but the layout holds).
 */
final class PrinterFont {
  private static final List<String> PREFERRED =
      List.of("Noto Sans CJK JP", "Noto Sans Mono CJK JP", "IPAGothic", "IPAexGothic");
  private static final String SAMPLE = "茶お米クーポン";
  private static final String FAMILY = pick();

  private PrinterFont() {}

  static Font of(int size) {
    return new Font(FAMILY, Font.PLAIN, size);
  }

  static boolean hasJapanese() {
    return new Font(FAMILY, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) < 0;
  }

  private static String pick() {
    Set<String> installed =
        Set.copyOf(
            Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
    return PREFERRED.stream()
        .filter(installed::contains)
        .findFirst()
        .or(
            () ->
                installed.stream()
                    .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) < 0)
                    .sorted()
                    .findFirst())
        .orElse(Font.SANS_SERIF);
  }
}
