package io.receiptcoupons.system.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Which store the service uses: the embedded file, or Redis shared by many replicas. */
@ConfigMapping(prefix = "coupons.store")
public interface StoreConfig {

  /** The store kind; one jar serves both, chosen at start-up. */
  enum Kind {
    EMBEDDED,
    REDIS
  }

  /** {@code embedded} (one process, an H2 MVStore file) or {@code redis} (scale-out replicas). */
  @WithDefault("embedded")
  Kind kind();

  /** Path of the H2 MVStore file; created on first start. */
  @WithDefault("data/coupons.mv.db")
  String path();

  /** When a committed embedded transaction is on disk; see docs/operations.md, Durability. */
  enum Durability {
    /** MVStore's own background write, about once a second: a crash loses the last second. */
    BACKGROUND,
    /** Group commit writes the write-ahead log before the answer: survives a process crash. */
    WRITE,
    /** Group commit also fsyncs the write-ahead log before the answer: survives a power loss. */
    FSYNC
  }

  /** {@code write} (default), {@code fsync} or {@code background}. */
  @WithDefault("write")
  Durability durability();

  /**
   * How often, in seconds, a checkpoint stores the embedded B-trees and deletes the write-ahead log
   * behind them: the most a restart after a crash replays.
   */
  @WithDefault("10")
  int checkpointSeconds();

  /** A checkpoint also starts once the current write-ahead log segment reaches this many MiB. */
  @WithDefault("64")
  int checkpointMb();

  /** Where {@code POST /v1/admin/backup} writes its copies of the embedded store. */
  @WithDefault("data/backups")
  String backupDir();

  /** MVStore page cache, in MiB. */
  @WithDefault("64")
  int cacheSizeMb();

  /** The Redis server of scale-out mode. */
  RedisConfig redis();

  /** Where Redis is and how long anything may wait on it: never long enough to hold up a till. */
  interface RedisConfig {

    /**
     * {@code redis://[:password@]host:port[/database]}. In cluster mode only its scheme ({@code
     * rediss} for TLS) and credentials are used, for every node.
     */
    @WithDefault("redis://localhost:6379")
    String url();

    /**
     * Redis Cluster seed nodes, {@code host:port,host:port}: when set, the client asks them which
     * primary owns the prefix's slot and follows that slot through failovers and migrations. Empty
     * (the default): one Redis at {@link #url()}.
     */
    Optional<List<String>> clusterNodes();

    // All three stay well below the checkout deadline (50 ms), so that a dead or stalled Redis
    // fails a checkout early enough for it to answer degraded in time.
    @WithDefault("20")
    int connectTimeoutMs();

    /** Socket read timeout of every command. */
    @WithDefault("30")
    int commandTimeoutMs();

    /** The longest wait for a pooled connection. */
    @WithDefault("10")
    int poolWaitMs();

    @WithDefault("64")
    int poolSize();

    /**
     * Prefix of every key, so several environments may share one Redis. Its hash tag ({@code {..}})
     * puts every key in one Redis Cluster slot, so each script's keys are in one slot.
     */
    @WithDefault("{coupons}:")
    String prefix();

    /** A lock's lease: a replica that dies holding it frees it after this long. */
    @WithDefault("5000")
    int lockLeaseMs();

    /** How long a request waits for a lock another replica holds before it gives up. */
    @WithDefault("2000")
    int lockWaitMs();
  }
}
