package io.receiptcoupons.app;

import io.receiptcoupons.system.security.DefaultApiKey;
import io.receiptcoupons.system.security.TestKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The packaged service run as a real process, as an operator would run it. */
final class ServiceProcess implements AutoCloseable {

  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  final int port;
  final Path log;
  private final Process process;

  private ServiceProcess(int port, Path log, Process process) {
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static ServiceProcess start(Path store, Path campaigns, Path log) throws IOException {
    return start(store, campaigns, log, List.of());
  }

  /** Starts the jar with extra {@code -Dkey=value} system properties. */
  static ServiceProcess start(Path store, Path campaigns, Path log, List<String> properties)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Dquarkus.http.port=" + port);
    // A cold JVM on a busy test machine misses 50 ms; a test wanting the deadline passes its own.
    command.add("-Dcoupons.checkout.deadline=30s");
    // The jar runs the prod profile, which starts only with real secrets and keys.
    TestKeys.jarSettings().forEach(p -> command.add("-D" + p));
    properties.forEach(p -> command.add("-D" + p));
    command.add("-Dcoupons.store.path=" + store);
    command.add("-Dcoupons.campaigns.dir=" + campaigns);
    command.add("-jar");
    command.add(JAR.toString());
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    DefaultApiKey.install(TestKeys.JAR_KEY);
    return new ServiceProcess(port, log, p);
  }

  /** Waits until the log says the service listens, or the process ends; true if it listens. */
  boolean awaitStarted(Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (Files.readString(log).contains("Listening on")) {
        return true;
      }
      if (!process.isAlive()) {
        return false;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "service neither started nor stopped within " + timeout + ":\n" + Files.readString(log));
  }

  int awaitExit(Duration timeout) throws Exception {
    if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw new AssertionError("service did not stop within " + timeout);
    }
    return process.exitValue();
  }

  /** Sends SIGTERM and returns at once. */
  void terminate() {
    process.destroy();
  }

  /** SIGKILL, as a crash: the store gets no chance to flush or close. */
  void kill() throws Exception {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGTERM, as an orchestrator stops a replica; the store must flush and close. */
  @Override
  public void close() throws Exception {
    process.destroy();
    awaitExit(Duration.ofSeconds(30));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
