package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.product.ProductKeys;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.DailySeries;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.shopper.PurchaseHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks' lower bound: a hand-written evaluator with campaigns indexed by the key that must
 * be present for them to hold, so one checkout looks only at campaigns its keys can reach.
 */
public final class LimitEvaluator {

  private final Check[] checks;
  private final Map<String, int[]> byHistoryKey;
  private final Map<String, int[]> byBasketKey;
  private final int[] always;

  public LimitEvaluator(List<Campaign> campaigns, StoreGroups groups) {
    Map<String, List<Integer>> history = new HashMap<>();
    Map<String, List<Integer>> basket = new HashMap<>();
    List<Integer> rest = new ArrayList<>();
    checks = new Check[campaigns.size()];
    for (int i = 0; i < campaigns.size(); i++) {
      Condition c = campaigns.get(i).conditions();
      checks[i] = Check.of(c, groups);
      index(i, c, history, basket, rest);
    }
    byHistoryKey = arrays(history);
    byBasketKey = arrays(basket);
    always = rest.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Indexes of the campaigns that hold for this checkout. */
  public BitSet evaluate(
      PurchaseHistory history,
      Map<String, Totals> basket,
      MemberProfile profile,
      String store,
      LocalDate date) {
    Check.Context ctx = new Check.Context(history, basket, profile, store, date);
    BitSet seen = new BitSet(checks.length);
    BitSet matched = new BitSet(checks.length);
    for (String key : basket.keySet()) {
      consider(byBasketKey.get(key), ctx, seen, matched);
    }
    // Walk whichever is smaller: the member's keys or the indexed keys.
    if (history.keys().size() <= byHistoryKey.size()) {
      for (String key : history.keys()) {
        consider(byHistoryKey.get(key), ctx, seen, matched);
      }
    } else {
      for (Map.Entry<String, int[]> e : byHistoryKey.entrySet()) {
        if (history.series(e.getKey()) != DailySeries.EMPTY) {
          consider(e.getValue(), ctx, seen, matched);
        }
      }
    }
    consider(always, ctx, seen, matched);
    return matched;
  }

  private void consider(int[] candidates, Check.Context ctx, BitSet seen, BitSet matched) {
    if (candidates == null) {
      return;
    }
    for (int i : candidates) {
      if (!seen.get(i)) {
        seen.set(i);
        if (checks[i].test(ctx)) {
          matched.set(i);
        }
      }
    }
  }

  /** Each alternative needs one count that is false at zero; with none, check it every time. */
  private static void index(
      int campaign,
      Condition c,
      Map<String, List<Integer>> history,
      Map<String, List<Integer>> basket,
      List<Integer> rest) {
    for (List<Dnf.Literal> term : Dnf.of(c)) {
      Dnf.Literal lead = term.stream().filter(LimitEvaluator::needsKey).findFirst().orElse(null);
      if (lead == null) {
        rest.add(campaign);
        return;
      }
      Condition leaf = lead.leaf();
      if (leaf.basket() != null) {
        add(basket, ProductKeys.of(leaf.basket().products()), campaign);
      } else {
        add(history, ProductKeys.of(leaf.history().products()), campaign);
      }
    }
  }

  /** True when the literal is false for a key the checkout does not have. */
  private static boolean needsKey(Dnf.Literal l) {
    Condition c = l.leaf();
    Long atLeast = c.history() != null ? c.history().atLeast() : null;
    Long atMost = c.history() != null ? c.history().atMost() : null;
    if (c.basket() != null) {
      atLeast = c.basket().atLeast();
      atMost = c.basket().atMost();
    } else if (c.history() == null) {
      return false;
    }
    boolean zeroHolds = TreeSemantics.within(0, atLeast, atMost);
    return l.negated() == zeroHolds;
  }

  private static void add(Map<String, List<Integer>> index, String key, int campaign) {
    List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.isEmpty() || list.get(list.size() - 1) != campaign) {
      list.add(campaign);
    }
  }

  private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }
}
