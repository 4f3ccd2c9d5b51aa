package io.receiptcoupons.system.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared counters as one Redis hash per group; multi-field changes are one Lua script. */
@ApplicationScoped
public class RedisCounters implements SharedCounters {

  private static final String INCREMENT_IF_BELOW =
      """
      for i = 1, #ARGV, 2 do
        local limit = ARGV[i + 1]
        if limit ~= '' and tonumber(redis.call('hget', KEYS[1], ARGV[i]) or '0') >= tonumber(limit)
        then return 0 end
      end
      for i = 1, #ARGV, 2 do redis.call('hincrby', KEYS[1], ARGV[i], 1) end
      return 1
      """;
  private static final String ADD =
      """
      for i = 1, #ARGV, 2 do redis.call('hincrby', KEYS[1], ARGV[i], ARGV[i + 1]) end
      return 1
      """;

  private final Redis redis;

  public RedisCounters(Redis redis) {
    this.redis = redis;
  }

  @Override
  public void add(String group, Map<String, Long> deltas) {
    if (deltas.size() == 1) {
      Map.Entry<String, Long> only = deltas.entrySet().iterator().next();
      redis.call(j -> j.hincrBy(key(group), only.getKey(), only.getValue()));
      return;
    }
    redis.call(j -> j.eval(ADD, List.of(key(group)), pairs(deltas)));
  }

  @Override
  public boolean incrementIfBelow(String group, Map<String, Long> limits) {
    Object taken = redis.call(j -> j.eval(INCREMENT_IF_BELOW, List.of(key(group)), pairs(limits)));
    return Long.valueOf(1).equals(taken);
  }

  @Override
  public long get(String group, String field) {
    String value = redis.call(j -> j.hget(key(group), field));
    return value == null ? 0 : Long.parseLong(value);
  }

  @Override
  public Map<String, Long> all(String group) {
    Map<String, Long> out = new HashMap<>();
    redis.call(j -> j.hgetAll(key(group))).forEach((k, v) -> out.put(k, Long.parseLong(v)));
    return out;
  }

  @Override
  public boolean exists(String group) {
    return redis.call(j -> j.exists(key(group)));
  }

  private String key(String group) {
    return redis.key(group);
  }

  private static List<String> pairs(Map<String, Long> fields) {
    List<String> args = new ArrayList<>(fields.size() * 2);
    fields.forEach(
        (field, value) -> {
          args.add(field);
          args.add(value == null ? "" : value.toString());
        });
    return args;
  }
}
