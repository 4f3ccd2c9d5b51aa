package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cluster mode refuses at start a configuration whose keys could not live in one slot. */
class RedisClusterConfigTest {

  @Test
  void aPrefixWithoutAHashTagIsRefusedAtStart() {
    Redis redis = TestStores.redisCluster(List.of("127.0.0.1:7000"), "coupons:");
    RedisStore store = TestStores.redisStore(redis);

    assertThatThrownBy(store::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("coupons.store.redis.prefix 'coupons:' has no hash tag {...}")
        .hasMessageContaining("every key must be in one slot");
  }

  @Test
  void aSeedThatIsNotHostAndPortIsRefusedAtStart() {
    RedisStore store =
        TestStores.redisStore(TestStores.redisCluster(List.of("redis://10.0.0.1"), "{c}:"));

    assertThatThrownBy(store::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'redis://10.0.0.1' is not host:port");
  }
}
