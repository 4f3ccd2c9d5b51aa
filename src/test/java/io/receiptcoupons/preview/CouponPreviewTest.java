package io.receiptcoupons.preview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.coupon.CouponCodes;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** GET /v1/campaigns/{id}/preview.png: a PNG no wider than the receipt, whose QR code scans. */
@QuarkusTest
class CouponPreviewTest {

  @Inject CouponCodes codes;

  @Test
  void theJapanesePreviewDecodesFitsTheReceiptAndItsQrCodeReadsBackAsTheSampleCode()
      throws Exception {
    byte[] png =
        given()
            .get("/v1/campaigns/okome-lover/preview.png")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("a PNG").isNotNull();
    assertThat(image.getWidth()).as("48 columns of 12 dots").isLessThanOrEqualTo(576);
    String read =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
            .getText();
    assertThat(codes.verify(read)).as("a well-formed signed code").isPresent();
    assertThat(codes.verify(read).get().serial()).as("the sample serial").isEqualTo(-1);
  }

  @Test
  void anUnknownCampaignIs404() {
    given().get("/v1/campaigns/no-such-campaign/preview.png").then().statusCode(404);
  }
}
