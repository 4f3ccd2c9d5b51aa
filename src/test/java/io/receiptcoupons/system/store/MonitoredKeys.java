package io.receiptcoupons.system.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisMonitor;

/** The keys Redis saw commands on while some work ran, read from {@code MONITOR}. */
final class MonitoredKeys {

  // Possessive, so that a long script text sent with EVAL does not recurse the stack away.
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");
  // Commands without a key, or sent by the test itself.
  private static final Set<String> KEYLESS =
      Set.of("ping", "info", "echo", "monitor", "client", "hello", "select", "auth");

  private MonitoredKeys() {}

  /** Every key named by a command (a script's KEYS, and each command the script runs). */
  static Set<String> during(String url, Runnable work) throws InterruptedException {
    String end = "monitored-keys-end-" + UUID.randomUUID();
    List<String> lines = new ArrayList<>();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch ended = new CountDownLatch(1);
    Jedis monitoring = new Jedis(url);
    Thread reader = new Thread(() -> monitor(monitoring, lines, started, ended, end));
    reader.start();
    try (Jedis probe = new Jedis(url)) {
      // MONITOR shows nothing sent before it started: wait until it echoes a first command.
      while (!started.await(50, TimeUnit.MILLISECONDS)) {
        probe.echo("monitored-keys-start");
      }
      work.run();
      probe.echo(end);
      ended.await(30, TimeUnit.SECONDS);
    } finally {
      monitoring.disconnect();
      reader.join(10_000);
    }
    Set<String> keys = new TreeSet<>();
    synchronized (lines) {
      lines.forEach(line -> keys.addAll(keys(line)));
    }
    return keys;
  }

  private static void monitor(
      Jedis jedis, List<String> lines, CountDownLatch started, CountDownLatch ended, String end) {
    try {
      jedis.monitor(
          new JedisMonitor() {
            @Override
            public void onCommand(String command) {
              started.countDown();
              if (command.contains(end)) {
                ended.countDown();
              }
              synchronized (lines) {
                lines.add(command);
              }
            }
          });
    } catch (RuntimeException closed) {
      // disconnect() ends the monitor by closing its socket.
    }
  }

  static List<String> keys(String line) {
    List<String> words = new ArrayList<>();
    Matcher m = QUOTED.matcher(line);
    while (m.find()) {
      words.add(m.group(1));
    }
    if (words.isEmpty() || KEYLESS.contains(words.get(0).toLowerCase())) {
      return List.of();
    }
    String command = words.get(0).toLowerCase();
    if (command.equals("eval") || command.equals("evalsha")) {
      int count = Integer.parseInt(words.get(2));
      return words.subList(3, 3 + count);
    }
    return words.size() > 1 ? List.of(words.get(1)) : List.of();
  }
}
