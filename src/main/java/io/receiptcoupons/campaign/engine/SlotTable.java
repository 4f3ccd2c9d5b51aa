package io.receiptcoupons.campaign.engine;

import io.receiptcoupons.campaign.model.Metric;
import io.receiptcoupons.product.Totals;
import io.receiptcoupons.shopper.KeyIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** Interns slots, count thresholds, areas and stores into ints, so rules hash on ints only. */
public final class SlotTable {

  /** One lookback window of a history key, and the slot its thresholds hang off. */
  public record Window(int days, int slot) {}

  /** "The slot's metric is at least {@code atLeast}", interned as {@code id}. */
  record Threshold(Metric metric, long atLeast, int id) {}

  // Positions in historyKeys index historyWindows; FactBuilder probes it with the hash codes a
  // PurchaseHistory already holds.
  private final KeyIndex historyKeys = new KeyIndex(64);
  private final List<List<Window>> historyWindows = new ArrayList<>();
  private final Map<String, Integer> basket = new HashMap<>();
  private final List<List<Threshold>> thresholds = new ArrayList<>();
  private final Map<String, Integer> areas = new HashMap<>();
  private final Map<String, Integer> stores = new HashMap<>();
  private final Map<String, Integer> partnerLists = new HashMap<>();
  private int nextThreshold;

  int historySlot(String key, int days) {
    int p = historyKeys.add(key);
    if (p == historyWindows.size()) {
      historyWindows.add(new ArrayList<>(2));
    }
    List<Window> windows = historyWindows.get(p);
    for (Window w : windows) {
      if (w.days() == days) {
        return w.slot();
      }
    }
    Window w = new Window(days, newSlot());
    windows.add(w);
    return w.slot();
  }

  int basketSlot(String key) {
    return basket.computeIfAbsent(key, k -> newSlot());
  }

  /** The id of "metric of this slot is at least {@code atLeast}" ({@code atLeast} >= 1). */
  int threshold(int slot, Metric metric, long atLeast) {
    List<Threshold> list = thresholds.get(slot);
    for (Threshold t : list) {
      if (t.metric() == metric && t.atLeast() == atLeast) {
        return t.id();
      }
    }
    Threshold t = new Threshold(metric, atLeast, nextThreshold++);
    list.add(t);
    return t.id();
  }

  /** Calls {@code reached} with the id of every threshold of the slot that the totals reach. */
  void reached(int slot, Totals totals, IntConsumer reached) {
    reached(slot, totals.times(), totals.quantity(), totals.spend(), reached);
  }

  /** As {@link #reached(int, Totals, IntConsumer)}, for totals that are not a {@link Totals}. */
  void reached(int slot, int times, int quantity, long spend, IntConsumer reached) {
    List<Threshold> list = thresholds.get(slot);
    for (int i = 0; i < list.size(); i++) {
      Threshold t = list.get(i);
      long value =
          switch (t.metric()) {
            case TIMES -> times;
            case QUANTITY -> quantity;
            case SPEND -> spend;
          };
      if (value >= t.atLeast()) {
        reached.accept(t.id());
      }
    }
  }

  private int newSlot() {
    thresholds.add(new ArrayList<>(2));
    return thresholds.size() - 1;
  }

  int area(String area) {
    return areas.computeIfAbsent(area, a -> areas.size());
  }

  int store(String store) {
    return stores.computeIfAbsent(store, s -> stores.size());
  }

  int partnerList(String key) {
    return partnerLists.computeIfAbsent(key, k -> partnerLists.size());
  }

  /** The id of a partner list ("partner/job"), or -1 when no rule looks at it. */
  public int partnerListOf(String key) {
    return partnerLists.getOrDefault(key, -1);
  }

  /** The history keys some rule looks at, each at a position from 0 to size - 1. */
  public KeyIndex historyKeys() {
    return historyKeys;
  }

  public List<Window> windows(String historyKey) {
    int p = historyKeys.find(historyKey);
    return p < 0 ? List.of() : historyWindows.get(p);
  }

  /** The windows of the history key at {@code position} in {@link #historyKeys()}. */
  public List<Window> windowsAt(int position) {
    return historyWindows.get(position);
  }

  /** The basket slot of a key, or -1 when no rule looks at it. */
  public int basketSlotOf(String key) {
    return basket.getOrDefault(key, -1);
  }

  public int areaOf(String area) {
    return area == null ? -1 : areas.getOrDefault(area, -1);
  }

  public int storeOf(String store) {
    return store == null ? -1 : stores.getOrDefault(store, -1);
  }
}
