package io.receiptcoupons.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.receiptcoupons.campaign.TestCampaigns;
import io.receiptcoupons.campaign.model.BasketCondition;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.HistoryCondition;
import io.receiptcoupons.campaign.model.LifestyleCondition;
import io.receiptcoupons.campaign.model.MemberCondition;
import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.campaign.model.PartnerCondition;
import io.receiptcoupons.campaign.model.Range;
import io.receiptcoupons.campaign.model.StoreCondition;
import io.receiptcoupons.product.ProductSet;
import io.receiptcoupons.shopper.Gender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Random but valid campaign files over the vocabulary of {@link RandomShoppers}. */
final class RandomCampaigns {

  private static final int[] DAYS = {1, 7, 30, 90, 365};
  private final Random random;
  private final YAMLMapper yaml =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  RandomCampaigns(Random random) {
    this.random = random;
  }

  void write(Path dir, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Campaign c = campaign("random-" + i);
      Files.writeString(dir.resolve(c.id() + ".yaml"), yaml.writeValueAsString(c));
    }
  }

  private Campaign campaign(String id) {
    return TestCampaigns.withConditions(id, tree(3));
  }

  private Condition tree(int depth) {
    int pick = random.nextInt(depth > 0 ? 8 : 5);
    return switch (pick) {
      case 5 -> new Condition(children(depth), null, null, null, null, null, null, null);
      case 6 -> new Condition(null, children(depth), null, null, null, null, null, null);
      case 7 -> new Condition(null, null, tree(depth - 1), null, null, null, null, null);
      default -> leaf(pick);
    };
  }

  private List<Condition> children(int depth) {
    return java.util.stream.IntStream.range(0, 1 + random.nextInt(3))
        .mapToObj(i -> tree(depth - 1))
        .toList();
  }

  private Condition leaf(int pick) {
    return switch (pick) {
      case 0, 1 -> new Condition(null, null, null, history(), null, null, null, null);
      case 2 -> new Condition(null, null, null, null, basket(), null, null, null);
      case 3 ->
          random.nextBoolean()
              ? new Condition(null, null, null, null, null, member(), null, null)
              : new Condition(null, null, null, null, null, null, lifestyle(), null);
      default ->
          random.nextBoolean()
              ? new Condition(null, null, null, null, null, null, null, store())
              // One partner only: a campaign file may not name two (CampaignChecks).
              : new Condition(
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  new PartnerCondition("acme", job()));
    };
  }

  private String job() {
    return RandomShoppers.JOBS.get(random.nextInt(RandomShoppers.JOBS.size()));
  }

  private HistoryCondition history() {
    Long[] b = bounds(6);
    Metric m = Metric.values()[random.nextInt(3)];
    return new HistoryCondition(products(), m, b[0], b[1], DAYS[random.nextInt(DAYS.length)]);
  }

  private BasketCondition basket() {
    Long[] b = bounds(random.nextBoolean() ? 4 : 1500);
    return new BasketCondition(
        products(), random.nextBoolean() ? Metric.QUANTITY : Metric.SPEND, b[0], b[1]);
  }

  private ProductSet products() {
    List<String> cats = RandomShoppers.CATEGORY_PREFIXES;
    String c1 = cats.get(random.nextInt(cats.size()));
    return switch (random.nextInt(5)) {
      case 0 -> new ProductSet(List.of(c1, cats.get(random.nextInt(cats.size()))), null, null);
      case 1 -> new ProductSet(List.of(c1), List.of(RandomShoppers.brand(random)), null);
      case 2 -> new ProductSet(null, List.of(RandomShoppers.brand(random)), null);
      case 3 -> new ProductSet(null, null, List.of(RandomShoppers.sku(random)));
      default -> new ProductSet(List.of(c1), null, null);
    };
  }

  private MemberCondition member() {
    return switch (random.nextInt(4)) {
      case 0 -> new MemberCondition(Gender.values()[1 + random.nextInt(3)], null, null, null);
      case 1 -> new MemberCondition(null, range(60), null, null);
      case 2 -> new MemberCondition(null, null, List.of("150", "160"), null);
      default -> new MemberCondition(Gender.FEMALE, null, null, range(2000));
    };
  }

  private LifestyleCondition lifestyle() {
    Range r = range(100);
    return new LifestyleCondition(
        RandomShoppers.SCORES.get(random.nextInt(3)), r.atLeast(), r.atMost());
  }

  private StoreCondition store() {
    return random.nextBoolean()
        ? new StoreCondition(List.of("S0001", "S0012"), null)
        : new StoreCondition(null, List.of("station-kiosks"));
  }

  private Range range(int max) {
    Long[] b = bounds(max);
    return new Range(b[0] == null ? null : b[0].intValue(), b[1] == null ? null : b[1].intValue());
  }

  /** A valid [atLeast, atMost]: one or both ends, sometimes 0, sometimes open. */
  private Long[] bounds(int max) {
    long a = random.nextInt(max + 1);
    long b = a + random.nextInt((int) (max - a) + 1);
    return switch (random.nextInt(3)) {
      case 0 -> new Long[] {a, null};
      case 1 -> new Long[] {null, a};
      default -> new Long[] {a, b};
    };
  }
}
