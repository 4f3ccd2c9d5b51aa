package io.receiptcoupons.system.store;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Stores built by hand for plain JUnit tests, without a Quarkus container. */
public final class TestStores {

  private TestStores() {}

  public static EmbeddedStore embedded(Path file) {
    EmbeddedStore store =
        new EmbeddedStore(config(StoreConfig.Kind.EMBEDDED, file, "", 5000, 5000), meters());
    store.open();
    return store;
  }

  public static Redis redis(String url) {
    return redis(url, 5000, 5000);
  }

  /** A client whose locks have this lease and wait at most this long, in milliseconds. */
  public static Redis redis(String url, int leaseMs, int waitMs) {
    return new Redis(
        config(StoreConfig.Kind.REDIS, Path.of("unused"), url, leaseMs, waitMs), meters());
  }

  /** A Cluster-mode client with these seeds ({@code host:port}) and key prefix. */
  public static Redis redisCluster(List<String> seeds, String prefix) {
    return new Redis(
        config(
            StoreConfig.Kind.REDIS, Path.of("unused"), "redis://unused", 5000, 5000, seeds, prefix),
        meters());
  }

  public static RedisStore redisStore(Redis redis) {
    return new RedisStore(redis, new RedisLeases(redis), meters());
  }

  private static SimpleMeterRegistry meters() {
    return new SimpleMeterRegistry();
  }

  static StoreConfig config(StoreConfig.Kind kind, Path file, String url, int leaseMs, int waitMs) {
    return config(kind, file, url, leaseMs, waitMs, List.of(), "{test}:");
  }

  static StoreConfig config(
      StoreConfig.Kind kind,
      Path file,
      String url,
      int leaseMs,
      int waitMs,
      List<String> seeds,
      String prefix) {
    StoreConfig.RedisConfig redis =
        new StoreConfig.RedisConfig() {
          @Override
          public String url() {
            return url;
          }

          @Override
          public int connectTimeoutMs() {
            return 300;
          }

          @Override
          public int commandTimeoutMs() {
            return 1000;
          }

          @Override
          public int poolWaitMs() {
            return 1000;
          }

          @Override
          public int poolSize() {
            return 32;
          }

          @Override
          public Optional<List<String>> clusterNodes() {
            return Optional.of(seeds);
          }

          @Override
          public String prefix() {
            return prefix;
          }

          @Override
          public int lockLeaseMs() {
            return leaseMs;
          }

          @Override
          public int lockWaitMs() {
            return waitMs;
          }
        };
    return new StoreConfig() {
      @Override
      public Kind kind() {
        return kind;
      }

      @Override
      public String path() {
        return file.toString();
      }

      @Override
      public int cacheSizeMb() {
        return 4;
      }

      @Override
      public Durability durability() {
        return Durability.WRITE;
      }

      @Override
      public int checkpointSeconds() {
        return 10;
      }

      @Override
      public int checkpointMb() {
        return 64;
      }

      @Override
      public String backupDir() {
        return file.resolveSibling("backups").toString();
      }

      @Override
      public RedisConfig redis() {
        return redis;
      }
    };
  }
}
