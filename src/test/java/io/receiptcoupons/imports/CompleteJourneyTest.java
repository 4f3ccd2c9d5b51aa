package io.receiptcoupons.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert-completejourney on the shipped subset of dunnhumby, The Complete Journey. */
class CompleteJourneyTest {

  static final Path DATA = Path.of("src/test/resources/completejourney");
  @TempDir Path dir;

  private List<String> convert() throws Exception {
    Path out = dir.resolve("history.csv");
    CompleteJourney.Report r =
        new CompleteJourney(DATA.resolve("products.csv"), ZoneId.of("America/New_York"))
            .convert(DATA.resolve("transactions.csv"), out);
    // Fuel over 9,999 thousandths of a gallon is now sent in litres, so only quantity 0 drops.
    assertThat(r.dropped()).isEqualTo(Map.of("quantity 0", 5L));
    List<String> lines = Files.readAllLines(out);
    assertThat(r.written()).isEqualTo(lines.size() - 1);
    return lines;
  }

  @Test
  void mapsHouseholdBasketLocalTimeCategoryPathBrandAndCentsPerUnit() throws Exception {
    List<String> lines = convert();
    assertThat(lines.get(0)).isEqualTo(HistoryImport.HEADER);
    assertThat(lines)
        .contains(
            "718,32614612029,2017-04-05T18:14:17-04:00,324,883203,"
                + "drug-gm/first-aid-products/bandage-tape,national,1,250")
        // 5 units for $2.22 is 44 cents a unit; daylight time began at 02:00 on March 12.
        .anyMatch(l -> l.startsWith("1111,32187437620,2017-03-12T18:35:12-04:00,298,1100368,"))
        .anyMatch(l -> l.matches("1111,32187437620,[^,]*,298,1100368,[^,]*,[a-z]+,5,44"));
    assertThat(
            lines.stream().skip(1).map(l -> l.split(",")[2]).filter(t -> t.startsWith("2017-01")))
        .isNotEmpty()
        .allMatch(t -> t.endsWith("-05:00"));
    assertThat(lines.stream().skip(1).map(l -> l.split(",")[5]))
        .allMatch(c -> c.matches(io.receiptcoupons.product.ProductSet.CATEGORY));
  }

  @Test
  void fuelIsConvertedFromThousandthsOfAGallonToLitres() throws Exception {
    // 17,549 thousandths of a gallon is 66.430 l; $48.94 for it is 74 cents a litre.
    assertThat(convert())
        .anyMatch(l -> l.startsWith("718,33329847638,") && l.endsWith(",66.430l,74"));
  }

  @Test
  void rowsComeInTimeOrderWithEachTransactionTogether() throws Exception {
    List<String> lines = convert();
    Set<String> closed = new HashSet<>();
    List<OffsetDateTime> times = new ArrayList<>();
    String current = null;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      if (!f[1].equals(current)) {
        assertThat(closed.add(f[1])).as("transaction %s comes back", f[1]).isTrue();
        current = f[1];
        times.add(OffsetDateTime.parse(f[2]));
      }
    }
    for (int i = 1; i < times.size(); i++) {
      assertThat(times.get(i).toInstant()).isAfterOrEqualTo(times.get(i - 1).toInstant());
    }
    assertThat(closed).hasSize(288);
  }
}
