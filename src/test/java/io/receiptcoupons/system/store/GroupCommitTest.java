package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A caller returns only after a write that started after its commit; a failed write throws. */
class GroupCommitTest {

  @Test
  void everyCallerWaitsForAWriteThatCoversItsCommit() throws Exception {
    AtomicLong committed = new AtomicLong();
    AtomicLong written = new AtomicLong();
    AtomicLong writes = new AtomicLong();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try (GroupCommit group =
        new GroupCommit(
            "test-commit",
            () -> {
              writes.incrementAndGet();
              written.set(committed.get());
            })) {
      List<Future<?>> done = new ArrayList<>();
      for (int caller = 0; caller < 8; caller++) {
        done.add(
            callers.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    long mine = committed.incrementAndGet();
                    group.awaitDurable();
                    assertThat(written.get()).isGreaterThanOrEqualTo(mine);
                  }
                  return null;
                }));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      callers.shutdown();
    }
    assertThat(writes.get()).isBetween(1L, 1600L);
  }

  @Test
  void aFailedWriteFailsItsWaitersAndTheNextWriteServesLaterOnes() {
    AtomicLong calls = new AtomicLong();
    try (GroupCommit group =
        new GroupCommit(
            "test-commit",
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
              }
            })) {
      assertThatThrownBy(group::awaitDurable).hasMessage("disk full");
      group.awaitDurable();
    }
    assertThat(calls.get()).isEqualTo(2);
  }
}
