package io.receiptcoupons.system.store;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Scale-out mode against a real three-primary Redis Cluster, with the issuance test campaigns. */
public class RedisClusterProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "coupons.campaigns.dir",
        "src/test/resources/issuance-campaigns",
        "coupons.store.path",
        "target/test-store/redis-cluster-must-not-exist.mv.db");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RedisClusterTestResource.class));
  }
}
