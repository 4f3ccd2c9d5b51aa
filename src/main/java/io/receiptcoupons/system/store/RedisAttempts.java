package io.receiptcoupons.system.store;

import java.util.HashSet;
import java.util.Set;

/** What one transaction's earlier tries learned: keys to read rather than assume, full budgets. */
final class RedisAttempts {

  private final Set<String> mustRead = new HashSet<>();
  private final Set<String> refused = new HashSet<>();
  private int count;

  int next() {
    return ++count;
  }

  boolean mustRead(String id) {
    return mustRead.contains(id);
  }

  void changed(String id, boolean assumed) {
    if (assumed) {
      mustRead.add(id);
    }
  }

  boolean refused(String group) {
    return refused.contains(group);
  }

  void refuse(String group) {
    refused.add(group);
  }
}
