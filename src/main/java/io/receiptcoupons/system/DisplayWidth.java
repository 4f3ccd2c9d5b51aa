package io.receiptcoupons.system;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/** How many printer columns a text takes: East Asian Wide and Fullwidth characters take two. */
public final class DisplayWidth {
  private DisplayWidth() {}

  /**
   * Columns of {@code text}. Ambiguous characters (○, ※, Greek, Cyrillic) print wide in Japanese
   * printer fonts, so {@code ambiguousWide} counts them as two; marks and format characters are 0.
   */
  public static int of(String text, boolean ambiguousWide) {
    return text.codePoints().map(cp -> columns(cp, ambiguousWide)).sum();
  }

  static int columns(int codePoint, boolean ambiguousWide) {
    int category = UCharacter.getType(codePoint);
    if (category == UCharacterCategory.NON_SPACING_MARK
        || category == UCharacterCategory.ENCLOSING_MARK
        || category == UCharacterCategory.FORMAT) {
      return 0;
    }
    int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    return switch (width) {
      case UCharacter.EastAsianWidth.WIDE, UCharacter.EastAsianWidth.FULLWIDTH -> 2;
      case UCharacter.EastAsianWidth.AMBIGUOUS -> ambiguousWide ? 2 : 1;
      default -> 1;
    };
  }
}
