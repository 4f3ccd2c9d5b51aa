package io.receiptcoupons.retention;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.receiptcoupons.system.store.RedisTestResource;
import java.util.List;
import java.util.Map;

/** The retention settings of {@link RetentionProfile} against a fresh, real redis-server. */
public class RetentionRedisProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.retention.ledger-days",
        String.valueOf(RetentionProfile.LEDGER_DAYS),
        "coupons.retention.batch-size",
        "2");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RedisTestResource.class));
  }
}
