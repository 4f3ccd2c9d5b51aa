package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Without redis-server on PATH the tests still get a real Redis: the one the artifact ships. */
class RedisServerTest {

  @Test
  void aPathWithoutRedisFallsBackToTheShippedBinaryWhichRuns() throws Exception {
    String binary = RedisServer.binary("/nonexistent:/also-missing");

    assertThat(binary).doesNotStartWith("/nonexistent").endsWith("redis-server");
    assertThat(version(binary)).contains("Redis server v=6.2");
  }

  private static String version(String binary) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(binary, "--version").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
