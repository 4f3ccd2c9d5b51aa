package io.receiptcoupons.member;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.receiptcoupons.system.store.RedisTestResource;
import java.util.List;

/** The shipped campaigns in scale-out mode, against a real redis-server. */
public class MemberRedisProfile implements QuarkusTestProfile {

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RedisTestResource.class));
  }
}
