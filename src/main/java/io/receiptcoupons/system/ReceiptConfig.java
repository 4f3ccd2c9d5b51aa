package io.receiptcoupons.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The programme's receipt printer: how wide coupon text and barcodes may be. */
@ConfigMapping(prefix = "coupons.receipt")
public interface ReceiptConfig {

  /**
   * Columns of half-width characters per line: 48 on 80 mm paper (42 in some fonts), 32 on 58 mm.
   */
  @WithDefault("48")
  int columns();

  /** Printer dots per half-width column: 12 for the usual 12x24 font (576 dots at 48 columns). */
  @WithDefault("12")
  int dotsPerColumn();

  /** Whether East Asian Ambiguous characters (○, ※, é in some fonts) print two columns wide. */
  @WithDefault("true")
  boolean ambiguousWide();

  /** The printable width in dots. */
  default int dots() {
    return columns() * dotsPerColumn();
  }
}
