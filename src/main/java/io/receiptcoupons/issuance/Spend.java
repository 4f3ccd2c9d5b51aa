package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Issuance.Budget;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** One campaign's coupons in use, in total and per issue day; every method is atomic. */
final class Spend {

  private long total;
  private final Map<LocalDate, Long> perDay = new HashMap<>();

  synchronized boolean tryTake(Budget budget, LocalDate day) {
    if (budget != null && !budget.hasRoom(total, on(day))) {
      return false;
    }
    add(day, 1);
    return true;
  }

  synchronized void add(LocalDate day, long delta) {
    total += delta;
    perDay.merge(day, delta, Long::sum);
  }

  synchronized long total() {
    return total;
  }

  synchronized long on(LocalDate day) {
    return perDay.getOrDefault(day, 0L);
  }
}
