package io.receiptcoupons.bench.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar as its own process: served on a loopback port, or run as a command. */
public final class Service implements AutoCloseable {

  static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  /** The jar runs the prod profile: these stand in for real secrets; never use them in production. */
  public static final String KEY = "bench-all-roles-key-not-for-production-000000";
  static final String SECRET = "bench-programme-secret-not-for-production-000000";
  static final String CODE_KEY = "bench-code-key-1-not-for-production-0000000000";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public final int port;
  private final Process process;
  private final Path log;

  private Service(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the service on a free loopback port and waits until it is ready. */
  public static Service start(Path store, Path campaigns, Path log, String... properties)
      throws Exception {
    int port = freePort();
    List<String> command = java(store, campaigns);
    int options = command.indexOf("-Xms2g");
    command.add(options, "-Dquarkus.http.port=" + port);
    command.add(options, "-Dquarkus.http.host=127.0.0.1");
    command.add(options, "-Dcoupons.bench.baseline-enabled=true");
    for (String p : properties) {
      command.add(options, "-D" + p);
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Service service = new Service(port, p, log);
    service.awaitReady(Duration.ofMinutes(5));
    return service;
  }

  /** Runs a jar command (e.g. import-history) against {@code store}; returns what it printed. */
  public static String command(Path store, Path campaigns, Path log, String... args)
      throws Exception {
    List<String> command = java(store, campaigns);
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("command failed: " + String.join(" ", args) + "\n" + Files.readString(log));
    }
    return Files.readString(log);
  }

  private static List<String> java(Path store, Path campaigns) {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run ./mvnw -Pbench -DskipTests package first");
    }
    List<String> command = new ArrayList<>();
    // Pins the server to its own cores (e.g. BENCH_SERVER_CPUS=0, the client on the others), so
    // that an overloaded client does not take the server's CPU, as on separate machines.
    String cpus = System.getenv("BENCH_SERVER_CPUS");
    if (cpus != null && !cpus.isBlank()) {
      command.addAll(List.of("taskset", "-c", cpus.trim()));
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xms2g");
    command.add("-Xmx2g");
    // Extra server JVM flags for a profiling run, e.g. BENCH_SERVER_OPTS=-XX:StartFlightRecording=...
    String extra = System.getenv("BENCH_SERVER_OPTS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    // The collector the deployment uses (deploy/Dockerfile), unless the run picks another.
    if (extra == null || !extra.contains("-XX:+Use")) {
      command.add("-XX:+UseZGC");
    }
    // As deployed: the HTTP layer outranks the checkout workers (docs/operations.md). The image
    // runs as uid 1001, where the JVM's attempts to raise its compiler and GC threads above nice 0
    // are refused; run as root here, they would succeed, so they are mapped to 0 as there.
    if (extra == null || !extra.contains("ThreadPriorityPolicy")) {
      command.add("-XX:ThreadPriorityPolicy=1");
      for (int priority = 6; priority <= 10; priority++) {
        command.add("-XX:JavaPriority" + priority + "_To_OSPriority=0");
      }
    }
    command.add("-Dcoupons.programme.secret=" + SECRET);
    command.add("-Dcoupons.codes.keys.1=" + CODE_KEY);
    command.add("-Dcoupons.security.keys.bench.sha256=" + sha256(KEY));
    command.add("-Dcoupons.security.keys.bench.roles=pos,campaign-manager,admin,ops");
    command.add("-Dcoupons.security.keys.bench.store=*");
    command.add("-Dcoupons.store.path=" + store.toAbsolutePath());
    command.add("-Dcoupons.campaigns.dir=" + campaigns.toAbsolutePath());
    command.add("-Dcoupons.campaigns.watch=false");
    command.add("-jar");
    command.add(JAR.toString());
    return command;
  }

  private void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("service died:\n" + Files.readString(log));
      }
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("service not ready in " + timeout + ":\n" + Files.readString(log));
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-API-Key", KEY).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The lines of a (possibly long) GET response, streamed to {@code each}. */
  public void getLines(String path, java.util.function.Consumer<String> each)
      throws IOException, InterruptedException {
    HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-API-Key", KEY).timeout(Duration.ofMinutes(5)).build(),
            HttpResponse.BodyHandlers.ofLines())
        .body()
        .forEach(each);
  }

  public HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-API-Key", KEY)
            .timeout(Duration.ofMinutes(5))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Used heap in bytes right after a full GC (jcmd GC.run, then GC.heap_info). */
  public long heapAfterGc() throws Exception {
    jcmd("GC.run");
    // G1 and serial print "used 123456K", ZGC "used 150M".
    Matcher m = Pattern.compile("used (\\d+)([KMG])").matcher(jcmd("GC.heap_info"));
    if (!m.find()) {
      throw new IllegalStateException("no heap figure from jcmd");
    }
    return Long.parseLong(m.group(1)) << (10 * ("KMG".indexOf(m.group(2)) + 1));
  }

  /** The header and the {@code top} largest classes of a live-object histogram. */
  public String classHistogram(int top) throws Exception {
    StringBuilder lines = new StringBuilder();
    jcmd("GC.class_histogram").lines().skip(1).limit(top + 2L).forEach(l -> lines.append(l).append('\n'));
    return lines.toString();
  }

  private String jcmd(String what) throws Exception {
    Process p = new ProcessBuilder("jcmd", Long.toString(process.pid()), what).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  /** The service's process id, e.g. to read /proc. */
  public long pid() {
    return process.pid();
  }

  /** CPU seconds the service process has used so far (user + system, from /proc). */
  public double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
  }

  /** CPU seconds this (client) process has used so far. */
  public static double clientCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /** Sum and count of the server's own timer for one URI, from /q/metrics. */
  public double[] serverTimer(String uri) throws Exception {
    double sum = 0;
    double count = 0;
    for (String line : get("/q/metrics").body().split("\n")) {
      if (line.startsWith("http_server_requests_seconds_") && line.contains("uri=\"" + uri + "\"")
          && line.contains("status=\"200\"")) {
        double v = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        if (line.startsWith("http_server_requests_seconds_sum")) {
          sum += v;
        } else if (line.startsWith("http_server_requests_seconds_count")) {
          count += v;
        }
      }
    }
    return new double[] {sum, count};
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String sha256(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
