package io.receiptcoupons.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saturation throughput with wrk (Debian's, closed loop: fine for a maximum rate, not for the
 * tail), driving the same mix as {@link CheckoutMix} from a generated Lua script.
 */
public final class Wrk {

  /** What wrk reported. */
  public record Result(double requestsPerSecond, long requests, long non2xx, long errors, String raw) {}

  private Wrk() {}

  /** Runs wrk against {@code path} for {@code seconds} with {@code connections} connections. */
  public static Result run(Path work, int port, String path, String run, int knownMembers,
      int threads, int connections, int seconds) throws Exception {
    Path script = work.resolve("wrk-" + run + ".lua");
    Files.writeString(script, lua(path, run, knownMembers));
    Process p =
        new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "-s", script.toString(), "http://127.0.0.1:" + port + path)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return new Result(number(out, "Requests/sec:\\s+([0-9.]+)"), (long) number(out, "(\\d+) requests in"),
        (long) number(out, "Non-2xx or 3xx responses: (\\d+)"), errors(out), out);
  }

  private static double number(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static long errors(String out) {
    Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
    long sum = 0;
    if (m.find()) {
      for (int g = 1; g <= 4; g++) {
        sum += Long.parseLong(m.group(g));
      }
    }
    return sum;
  }

  static String lua(String path, String run, int knownMembers) {
    SplittableRandom r = new SplittableRandom(7);
    StringBuilder baskets = new StringBuilder("local baskets = {\n");
    for (int i = 0; i < 512; i++) {
      baskets.append("  '").append(CheckoutMix.items(new StringBuilder(), r)).append("',\n");
    }
    baskets.append("}\n");
    return baskets
        + "local known = " + knownMembers + "\nlocal counter = 0\nlocal prefix = ''\nlocal threads = 0\n"
        + "local headers = { ['Content-Type'] = 'application/json', ['X-API-Key'] = '" + Service.KEY + "' }\n"
        + "function setup(thread) threads = threads + 1; thread:set('tid', threads) end\n"
        + "function init(args) prefix = '" + run + "-' .. tid; math.randomseed(tid * 7919) end\n"
        + "function request()\n"
        + "  counter = counter + 1\n"
        + "  local who = math.random(100)\n"
        + "  local m = ''\n"
        + "  if who <= 70 and known > 0 then m = string.format(',\"memberId\":\"M%08d\"', math.random(0, known - 1))\n"
        + "  elseif who <= 90 then m = string.format(',\"memberId\":\"U%s-%d\"', prefix, counter) end\n"
        + "  local body = string.format('{\"transactionId\":\"%s-%d\"%s,\"storeId\":\"S%04d\",\"terminalId\":\"T01\","
        + "\"occurredAt\":\"" + Synthetic.DAY + "T%02d:%02d:00+09:00\",\"items\":%s}',\n"
        + "    prefix, counter, m, math.random(1, 50), math.random(9, 20), math.random(0, 59), baskets[math.random(#baskets)])\n"
        + "  return wrk.format('POST', '" + path + "', headers, body)\n"
        + "end\n";
  }
}
