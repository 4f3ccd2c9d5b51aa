package io.receiptcoupons.system.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server for tests, on a free port with a throwaway directory: the one on PATH, or
 * else the binary that the embedded-redis test artifact ships, so a machine with only a JDK runs
 * every test.
 */
public final class RedisServer implements AutoCloseable {

  private static final String SHIPPED = "redis-server-6.2.6-v5-linux-amd64";
  private final int port;
  private final Path dir;
  private final boolean durable;
  private final List<String> extra;
  private Process process;

  private RedisServer(int port, Path dir, boolean durable, List<String> extra) {
    this.port = port;
    this.dir = dir;
    this.durable = durable;
    this.extra = extra;
  }

  /** Starts redis-server without persistence and waits until it answers PING. */
  public static RedisServer start() {
    return start(false);
  }

  /**
   * Starts redis-server with its append-only file written before every reply, so that a {@link
   * #kill()} loses nothing acknowledged and a {@link #restart()} comes back with the data.
   */
  public static RedisServer startDurable() {
    return start(true);
  }

  private static RedisServer start(boolean durable) {
    try {
      return start(freePort(), Files.createTempDirectory("redis-test-"), durable, List.of());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts a Redis Cluster node (no slots, no peers yet) on {@code port}, its bus on +10000. */
  static RedisServer startClusterNode(int port, Path dir) {
    List<String> cluster =
        List.of(
            "--cluster-enabled",
            "yes",
            "--cluster-config-file",
            dir.resolve("nodes-" + port + ".conf").toString(),
            "--cluster-node-timeout",
            "5000");
    return start(port, dir, false, cluster);
  }

  private static RedisServer start(int port, Path dir, boolean durable, List<String> extra) {
    RedisServer server = new RedisServer(port, dir, durable, extra);
    server.restart();
    return server;
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** (Re)starts the server on the same port: empty, or with its data when durable. */
  public synchronized void restart() {
    stop();
    List<String> command = new ArrayList<>(extra);
    command.addAll(
        0,
        List.of(
            binary(),
            "--port",
            "" + port,
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            durable ? "yes" : "no",
            "--appendfsync",
            "always",
            "--dir",
            dir.toString()));
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("redis-" + port + ".log").toFile())
              .start();
      awaitPing(Duration.ofSeconds(10));
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + command, e);
    }
  }

  /** Stops the server; replicas using it then see a dead Redis. */
  public synchronized void stop() {
    if (process != null) {
      process.destroy();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  /** Kills the server at once (SIGKILL), as a crash would; {@link #restart()} brings it back. */
  public synchronized void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The redis-server on PATH, else the shipped one (REDIS_SERVER=shipped forces it). */
  static String binary() {
    boolean forced = "shipped".equals(System.getenv("REDIS_SERVER"));
    return binary(forced ? "" : System.getenv().getOrDefault("PATH", ""));
  }

  /** The redis-server on {@code path} (a PATH value), else the shipped one. */
  static String binary(String path) {
    for (String dir : path.split(":")) {
      Path candidate = Path.of(dir, "redis-server");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return Shipped.PATH.toString();
  }

  /** The artifact's binary, copied out of the test class path once per JVM. */
  private static final class Shipped {
    static final Path PATH = extract();

    private static Path extract() {
      try (InputStream in = RedisServer.class.getResourceAsStream("/" + SHIPPED)) {
        if (in == null || !"Linux".equals(System.getProperty("os.name"))) {
          throw new IllegalStateException(
              "redis-server is not on PATH and no shipped binary fits this machine;"
                  + " install it with `apt-get install redis-server` (.ci/run does).");
        }
        Path target = Files.createTempDirectory("redis-bin-").resolve("redis-server");
        Files.copy(in, target);
        target.toFile().setExecutable(true);
        target.toFile().deleteOnExit();
        target.getParent().toFile().deleteOnExit();
        return target;
      } catch (IOException e) {
        throw new IllegalStateException("Could not unpack " + SHIPPED, e);
      }
    }
  }

  private void awaitPing(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (answersPing()) {
        return;
      }
      if (!process.isAlive()) {
        break;
      }
      sleep();
    }
    throw new IllegalStateException(
        "redis-server did not answer PING:\n"
            + Files.readString(dir.resolve("redis-" + port + ".log")));
  }

  private boolean answersPing() {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(1000);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] reply = in.readNBytes(7);
      return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
    } catch (IOException e) {
      return false;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
