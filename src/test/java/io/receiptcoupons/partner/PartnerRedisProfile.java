package io.receiptcoupons.partner;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.receiptcoupons.system.store.RedisTestResource;
import java.util.List;
import java.util.Map;

/** The partner campaigns in scale-out mode, against a real redis-server. */
public class PartnerRedisProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.campaigns.dir",
        "src/test/resources/partner-campaigns",
        "coupons.partners.minimum-list-size",
        "1");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RedisTestResource.class));
  }
}
