package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Issuance.Budget;
import io.receiptcoupons.system.store.Redis;
import java.time.LocalDate;
import java.util.List;

/**
 * Budget spend shared by every replica: one Redis hash per campaign ({@code total} and one field
 * per day), checked and taken by one Lua script, so no interleaving of replicas can overrun it.
 */
final class RedisSpend implements BudgetSpend {

  private static final String TAKE =
      """
      local total = tonumber(redis.call('hget', KEYS[1], 'total') or '0')
      local today = tonumber(redis.call('hget', KEYS[1], ARGV[3]) or '0')
      if ARGV[1] ~= '' and total >= tonumber(ARGV[1]) then return 0 end
      if ARGV[2] ~= '' and today >= tonumber(ARGV[2]) then return 0 end
      redis.call('hincrby', KEYS[1], 'total', 1)
      redis.call('hincrby', KEYS[1], ARGV[3], 1)
      return 1
      """;
  private static final String ADD =
      """
      redis.call('hincrby', KEYS[1], 'total', ARGV[2])
      return redis.call('hincrby', KEYS[1], ARGV[1], ARGV[2])
      """;

  private final Redis redis;

  RedisSpend(Redis redis) {
    this.redis = redis;
  }

  @Override
  public boolean tryTake(String campaignId, Budget budget, LocalDate day) {
    String total = budget == null ? "" : Long.toString(budget.total());
    String perDay = budget == null || budget.perDay() == null ? "" : budget.perDay().toString();
    Object taken = redis.eval(TAKE, key(campaignId), List.of(total, perDay, field(day)));
    return Long.valueOf(1).equals(taken);
  }

  @Override
  public void add(String campaignId, LocalDate day, long delta) {
    redis.eval(ADD, key(campaignId), List.of(field(day), Long.toString(delta)));
  }

  @Override
  public long total(String campaignId) {
    return parse(redis.hget(key(campaignId).get(0), "total"));
  }

  @Override
  public long on(String campaignId, LocalDate day) {
    return parse(redis.hget(key(campaignId).get(0), field(day)));
  }

  private List<String> key(String campaignId) {
    return List.of(redis.key("budget", campaignId));
  }

  private static String field(LocalDate day) {
    return "d:" + day;
  }

  private static long parse(String value) {
    return value == null ? 0 : Long.parseLong(value);
  }
}
