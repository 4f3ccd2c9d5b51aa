package io.receiptcoupons.system.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClusterFailoverOption;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.MigrateParams;

/**
 * A real three-primary Redis Cluster for tests, built with raw cluster commands (so the shipped 6.2
 * binary works too): the slots split in thirds, the nodes joined by CLUSTER MEET.
 */
public final class RedisClusterNodes implements AutoCloseable {

  private static final int SLOTS = 16384;
  private static final String HOST = "127.0.0.1";
  private final List<RedisServer> nodes;
  private final Set<Integer> dead = new HashSet<>();
  private final Path dir;

  private RedisClusterNodes(List<RedisServer> nodes, Path dir) {
    this.nodes = nodes;
    this.dir = dir;
  }

  /** Starts three primaries, gives each a third of the slots, and waits for cluster_state:ok. */
  public static RedisClusterNodes start() {
    try {
      Path dir = Files.createTempDirectory("redis-cluster-");
      List<RedisServer> servers = new ArrayList<>();
      for (int port : clusterPorts(3)) {
        servers.add(RedisServer.startClusterNode(port, dir));
      }
      RedisClusterNodes cluster = new RedisClusterNodes(servers, dir);
      cluster.form();
      return cluster;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void form() {
    for (int i = 0; i < nodes.size(); i++) {
      int from = SLOTS * i / nodes.size();
      int to = SLOTS * (i + 1) / nodes.size();
      try (Jedis node = node(i)) {
        node.clusterAddSlots(IntStream.range(from, to).toArray());
      }
    }
    try (Jedis first = node(0)) {
      nodes.stream().skip(1).forEach(n -> first.clusterMeet(HOST, n.port()));
    }
    await(this::settled, "cluster_state:ok on every node");
  }

  private boolean settled() {
    for (int i : live().toArray()) {
      try (Jedis node = node(i)) {
        if (!node.clusterInfo().contains("cluster_state:ok")
            || node.clusterSlots().size() != nodes.size()) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code host:port} of every node, for {@code coupons.store.redis.cluster-nodes}. */
  public List<String> seeds() {
    return nodes.stream().map(n -> HOST + ":" + n.port()).toList();
  }

  /** A new connection to node {@code index}; the caller closes it. */
  public Jedis node(int index) {
    return new Jedis(HOST, nodes.get(index).port());
  }

  /** The index of the node that owns {@code slot}, as the first live node sees it. */
  public int ownerOf(int slot) {
    return portIndex(ownerSeenBy(live().findFirst().orElseThrow(), slot));
  }

  private boolean everyNodeSees(int slot, int owner) {
    int port = nodes.get(owner).port();
    return live().allMatch(i -> ownerSeenBy(i, slot) == port);
  }

  private IntStream live() {
    return IntStream.range(0, nodes.size()).filter(i -> !dead.contains(i));
  }

  /** Starts one more node as a replica of node {@code primary}, in sync; returns its index. */
  public int addReplica(int primary) {
    int index = nodes.size();
    nodes.add(RedisServer.startClusterNode(clusterPorts(1).get(0), dir));
    try (Jedis first = node(0)) {
      first.clusterMeet(HOST, nodes.get(index).port());
    }
    String primaryId;
    try (Jedis node = node(primary)) {
      primaryId = node.clusterMyId();
    }
    // The new node learns of the primary by gossip: REPLICATE is refused until it has.
    await(() -> replicate(index, primaryId), "node " + index + " replicating node " + primary);
    awaitReplicated(primary, index);
    return index;
  }

  private boolean replicate(int replica, String primaryId) {
    try (Jedis node = node(replica)) {
      node.clusterReplicate(primaryId);
      return true;
    } catch (JedisDataException e) {
      return false;
    }
  }

  /** Waits until the replica has applied everything its primary wrote so far. */
  public void awaitReplicated(int primary, int replica) {
    await(
        () -> {
          String wrote = replication(primary, "master_repl_offset");
          return replication(replica, "master_link_status").equals("up")
              && replication(replica, "slave_repl_offset").equals(wrote);
        },
        "node " + replica + " in sync with node " + primary);
  }

  private String replication(int index, String field) {
    try (Jedis node = node(index)) {
      return node.info("replication")
          .lines()
          .filter(line -> line.startsWith(field + ":"))
          .map(line -> line.substring(field.length() + 1).trim())
          .findFirst()
          .orElse("");
    }
  }

  /** Kills node {@code index} (SIGKILL), as a crashed primary. */
  public void kill(int index) {
    dead.add(index);
    nodes.get(index).kill();
  }

  /**
   * Promotes replica {@code index} with {@code CLUSTER FAILOVER TAKEOVER} (its primary may be dead)
   * and waits until every live node sees it owning {@code slot}.
   */
  public void takeOver(int index, int slot) {
    try (Jedis node = node(index)) {
      node.clusterFailover(ClusterFailoverOption.TAKEOVER);
    }
    await(() -> everyNodeSees(slot, index), "slot " + slot + " owned by node " + index);
  }

  // CLUSTER SLOTS entries are [start, end, [host, port, id], replicas...].
  private int ownerSeenBy(int index, int slot) {
    try (Jedis node = node(index)) {
      for (Object range : node.clusterSlots()) {
        List<?> entry = (List<?>) range;
        if ((Long) entry.get(0) <= slot && slot <= (Long) entry.get(1)) {
          return ((Long) ((List<?>) entry.get(2)).get(1)).intValue();
        }
      }
    }
    return -1;
  }

  private int portIndex(int port) {
    return IntStream.range(0, nodes.size())
        .filter(i -> nodes.get(i).port() == port)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No node on port " + port));
  }

  /**
   * Moves {@code slot} and its keys to node {@code target} the way redis-cli's resharding does:
   * IMPORTING on the target, MIGRATING on the source, MIGRATE the keys, then SETSLOT NODE on every
   * node (target first).
   */
  public void moveSlot(int slot, int target) {
    int source = ownerOf(slot);
    try (Jedis from = node(source);
        Jedis to = node(target)) {
      String fromId = from.clusterMyId();
      String toId = to.clusterMyId();
      to.clusterSetSlotImporting(slot, fromId);
      from.clusterSetSlotMigrating(slot, toId);
      List<String> keys;
      while (!(keys = from.clusterGetKeysInSlot(slot, 100)).isEmpty()) {
        int port = nodes.get(target).port();
        from.migrate(
            HOST, port, 0, 5000, MigrateParams.migrateParams(), keys.toArray(String[]::new));
      }
      to.clusterSetSlotNode(slot, toId);
      from.clusterSetSlotNode(slot, toId);
      for (int i : live().toArray()) {
        if (i != source && i != target) {
          try (Jedis other = node(i)) {
            other.clusterSetSlotNode(slot, toId);
          }
        }
      }
    }
    await(() -> everyNodeSees(slot, target), "slot " + slot + " owned by node " + target);
  }

  /** How many keys of {@code slot} node {@code index} holds. */
  public long keysInSlot(int index, int slot) {
    try (Jedis node = node(index)) {
      return node.clusterCountKeysInSlot(slot);
    }
  }

  @Override
  public void close() {
    nodes.forEach(RedisServer::close);
  }

  private static void await(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Redis Cluster: no " + what + " after 30 s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  // A node's cluster bus listens on its port + 10000, so both must be free.
  private static List<Integer> clusterPorts(int count) {
    List<Integer> ports = new ArrayList<>();
    while (ports.size() < count) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 30_000);
      if (!ports.contains(port) && free(port) && free(port + 10_000)) {
        ports.add(port);
      }
    }
    return ports;
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(HOST, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
