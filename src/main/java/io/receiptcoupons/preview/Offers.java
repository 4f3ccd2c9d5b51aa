package io.receiptcoupons.preview;

import io.receiptcoupons.campaign.model.Offer;

/** The offer line of a coupon, as printed. */
final class Offers {
  private Offers() {}

  static String describe(Offer offer) {
    return switch (offer.type()) {
      case AMOUNT_OFF -> offer.value() + " yen off";
      case PERCENT_OFF -> offer.value() + "% off";
      case BONUS_POINTS -> offer.value() + " bonus points";
      case FREE_ITEM -> offer.value() + " free";
    };
  }
}
