package io.receiptcoupons.preview;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.CouponSpec;
import io.receiptcoupons.coupon.CodeFields;
import io.receiptcoupons.coupon.CouponCodes;
import io.receiptcoupons.coupon.CouponMinter;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.ReceiptConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Renders a campaign's coupon as the till prints it: one dot per pixel, at the receipt width. */
@ApplicationScoped
public class CouponPreview {

  /** QR modules are this many dots: twice the least that till scanners read reliably. */
  static final int DOTS_PER_MODULE = 4;

  // A serial no minted coupon uses, so the sample code is well-formed yet never redeems.
  private static final int SAMPLE_SERIAL = -1;
  private final ReceiptConfig receipt;
  private final CouponCodes codes;
  private final Rulesets rulesets;
  private final ZoneId zone;

  CouponPreview(
      ReceiptConfig receipt, CouponCodes codes, Rulesets rulesets, ProgrammeConfig programme) {
    this.receipt = receipt;
    this.codes = codes;
    this.rulesets = rulesets;
    this.zone = programme.timeZone();
  }

  /** The preview of a campaign of the live ruleset as issued today; empty if there is none. */
  public Optional<byte[]> ofLive(String campaignId) {
    return rulesets.current().campaigns().stream()
        .filter(c -> c.id().equals(campaignId))
        .findFirst()
        .map(c -> png(c, LocalDate.now(zone)));
  }

  /** The sample code printed on a preview issued {@code today}. */
  public String sampleCode(Campaign c, LocalDate today) {
    LocalDate from = today.plusDays(c.coupon().validity().startsAfterDays());
    LocalDate until = from.plusDays(c.coupon().validity().days() - 1L);
    int tag = CouponMinter.tag(c.id());
    return codes.encode(new CodeFields(codes.signingKey(), tag, from, until, SAMPLE_SERIAL));
  }

  /** The coupon as a PNG, {@link ReceiptConfig#dots()} wide. */
  public byte[] png(Campaign c, LocalDate today) {
    String code = sampleCode(c, today);
    List<String> text = text(c.coupon(), today);
    BitMatrix qr = qr(code);
    int line = receipt.dotsPerColumn() * 2;
    int qrSize = qr.getWidth() * DOTS_PER_MODULE;
    int height = line * (text.size() + 2) + qrSize + line;
    BufferedImage image = new BufferedImage(receipt.dots(), height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), height);
    g.setColor(Color.BLACK);
    g.setFont(PrinterFont.of(line - 2));
    for (int i = 0; i < text.size(); i++) {
      g.drawString(text.get(i), 0, line * (i + 1) - 4);
    }
    int top = line * (text.size() + 1);
    drawQr(g, qr, (receipt.dots() - qrSize) / 2, top);
    g.drawString(
        code,
        Math.max(0, (receipt.dots() - g.getFontMetrics().stringWidth(code)) / 2),
        top + qrSize + line - 4);
    g.dispose();
    return encode(image);
  }

  private static List<String> text(CouponSpec coupon, LocalDate today) {
    List<String> text = new ArrayList<>();
    text.add(coupon.title());
    text.addAll(coupon.lines());
    text.add(Offers.describe(coupon.offer()));
    LocalDate from = today.plusDays(coupon.validity().startsAfterDays());
    text.add("Valid " + from + " - " + from.plusDays(coupon.validity().days() - 1L));
    return text;
  }

  static BitMatrix qr(String code) {
    try {
      var hints =
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);
      return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalStateException("a coupon code did not fit a QR code", e);
    }
  }

  private static void drawQr(Graphics2D g, BitMatrix qr, int left, int top) {
    for (int y = 0; y < qr.getHeight(); y++) {
      for (int x = 0; x < qr.getWidth(); x++) {
        if (qr.get(x, y)) {
          g.fillRect(
              left + x * DOTS_PER_MODULE,
              top + y * DOTS_PER_MODULE,
              DOTS_PER_MODULE,
              DOTS_PER_MODULE);
        }
      }
    }
  }

  private static byte[] encode(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
