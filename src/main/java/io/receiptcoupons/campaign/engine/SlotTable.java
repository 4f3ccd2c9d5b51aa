package io.receiptcoupons.campaign.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns everything rules compare into small ints: (history key, window) and basket-key slots,
 * areas and stores. Rules then hash on an int, and no campaign string ever reaches DRL.
 */
public final class SlotTable {

  /** One lookback window of a history key, and the slot its facts carry. */
  public record Window(int days, int slot) {}

  private final Map<String, List<Window>> history = new HashMap<>();
  private final Map<String, Integer> basket = new HashMap<>();
  private final Map<String, Integer> areas = new HashMap<>();
  private final Map<String, Integer> stores = new HashMap<>();
  private int nextSlot;

  int historySlot(String key, int days) {
    List<Window> windows = history.computeIfAbsent(key, k -> new ArrayList<>());
    for (Window w : windows) {
      if (w.days() == days) {
        return w.slot();
      }
    }
    Window w = new Window(days, nextSlot++);
    windows.add(w);
    return w.slot();
  }

  int basketSlot(String key) {
    return basket.computeIfAbsent(key, k -> nextSlot++);
  }

  int area(String area) {
    return areas.computeIfAbsent(area, a -> areas.size());
  }

  int store(String store) {
    return stores.computeIfAbsent(store, s -> stores.size());
  }

  public List<Window> windows(String historyKey) {
    return history.getOrDefault(historyKey, List.of());
  }

  public Map<String, List<Window>> historyWindows() {
    return history;
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
