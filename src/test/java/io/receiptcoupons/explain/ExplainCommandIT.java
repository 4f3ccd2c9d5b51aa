package io.receiptcoupons.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.receiptcoupons.app.JarCommand;
import io.receiptcoupons.imports.HistoryImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's explain command, on a store filled by import-history. */
class ExplainCommandIT {

  @TempDir Path dir;

  @Test
  void explainsFromTheImportedHistoryAndCountsAGivenBasketWithoutRecordingIt() throws Exception {
    StringBuilder csv = new StringBuilder(HistoryImport.HEADER + "\n");
    for (String day : List.of("2026-09-01", "2026-10-01", "2026-11-01", "2026-11-19")) {
      csv.append("9800000000042,T-")
          .append(day)
          .append(',')
          .append(day)
          .append("T12:00:00+09:00,S0001,4901234000028,beverages/tea/green-tea,acme,1,300\n");
    }
    Path history = Files.writeString(dir.resolve("history.csv"), csv);
    assertThat(JarCommand.run(dir, List.of(), "import-history", history.toString()).exitCode())
        .isZero();
    Path basket =
        Files.writeString(
            dir.resolve("basket.json"),
            "[{\"sku\":\"4901234000028\",\"category\":\"beverages/tea/green-tea\","
                + "\"brand\":\"acme\",\"quantity\":1,\"unitPrice\":300}]");

    String[] explain = {
      "explain", "--member", "9800000000042", "--at", "2026-11-20T12:00:00+09:00"
    };
    JarCommand.Result plain = JarCommand.run(dir, List.of(), explain);
    assertThat(plain.exitCode()).as(plain.output()).isZero();
    assertThat(plain.output())
        .contains("tea-lover: not eligible", "[ ] beverages/tea times in 90 days = 4, needs >= 5");

    String[] withBasket = {
      explain[0], explain[1], explain[2], explain[3], explain[4], "--basket", basket.toString()
    };
    JarCommand.Result what = JarCommand.run(dir, List.of(), withBasket);
    assertThat(what.output())
        .contains("tea-lover: ELIGIBLE", "[x] beverages/tea times in 90 days = 5, needs >= 5");
    assertThat(JarCommand.run(dir, List.of(), explain).output())
        .as("the basket was not recorded")
        .contains("beverages/tea times in 90 days = 4");
  }
}
