package io.receiptcoupons.system.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** Chooses the store at start-up from {@code coupons.store.kind}: one jar for both modes. */
@ApplicationScoped
class StoreSelection {

  @Produces
  @ApplicationScoped
  Store store(StoreConfig config, Instance<EmbeddedStore> embedded, Instance<RedisStore> redis) {
    return config.kind() == StoreConfig.Kind.REDIS ? redis.get() : embedded.get();
  }
}
