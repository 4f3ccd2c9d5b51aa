package io.receiptcoupons.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.receiptcoupons.app.JarCommand;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's {@code preview}: a PNG file the till could print, or the reason it is not. */
class PreviewCommandIT {

  @TempDir Path work;

  @Test
  void previewWritesAPngNoWiderThanTheReceiptWhoseQrCodeReadsBackAsTheNamedSampleCode()
      throws Exception {
    Path png = work.resolve("okome.png");

    JarCommand.Result r = JarCommand.run(work, List.of(), "preview", "okome-lover", png.toString());

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("wrote " + png + " (sample code ");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG").isNotNull();
    assertThat(image.getWidth()).as("48 columns of 12 dots").isLessThanOrEqualTo(576);
    String read =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
            .getText();
    assertThat(r.output()).contains("(sample code " + read + ")");
  }

  @Test
  void anUnknownCampaignExitsOneNamingItAndWritesNothing() throws Exception {
    Path png = work.resolve("none.png");

    JarCommand.Result r =
        JarCommand.run(work, List.of(), "preview", "no-such-campaign", png.toString());

    assertThat(r.exitCode()).as(r.output()).isEqualTo(1);
    assertThat(r.output()).contains("no campaign 'no-such-campaign' in campaigns");
    assertThat(png).doesNotExist();
  }
}
