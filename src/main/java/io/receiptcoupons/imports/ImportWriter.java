package io.receiptcoupons.imports;

import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.shopper.PurchaseHistory;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes an import's batches on a thread of its own, one at a time and in file order. */
// Reading the next batch (one core) overlaps writing this one (the other). Each batch commits with
// its checkpoint, as before: a failure leaves every earlier batch written and none later.
final class ImportWriter implements AutoCloseable {

  private final Store store;
  private final HistoryRepository histories;
  private final MemberPseudonyms pseudonyms;
  private final int retentionDays;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "history-import-writer");
            t.setDaemon(true);
            return t;
          });
  private Future<?> pending = CompletableFuture.completedFuture(null);

  ImportWriter(
      Store store, HistoryRepository histories, MemberPseudonyms pseudonyms, int retentionDays) {
    this.store = store;
    this.histories = histories;
    this.pseudonyms = pseudonyms;
    this.retentionDays = retentionDays;
  }

  /**
   * Queues one batch (deltas by card number) and the checkpoint line it reaches, after the previous
   * batch is written.
   */
  void submit(Map<String, PurchaseHistory> changes, String job, long line) {
    await();
    pending = thread.submit(() -> write(changes, job, line));
  }

  /** Waits for the batch in flight; rethrows what it failed with. */
  void await() {
    try {
      pending.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing an import batch", e);
    }
  }

  @Override
  public void close() {
    try {
      await();
    } finally {
      thread.shutdown();
    }
  }

  private void write(Map<String, PurchaseHistory> changes, String job, long line) {
    store.inTransaction(
        tx -> {
          changes.forEach((card, delta) -> merge(tx, pseudonyms.of(card), delta));
          tx.map(HistoryImport.CHECKPOINTS)
              .put(job, Long.toString(line).getBytes(StandardCharsets.US_ASCII));
          return null;
        });
  }

  // One read and one write per member and batch; a member new to the store needs no merge.
  private void merge(StoreTx tx, String member, PurchaseHistory delta) {
    PurchaseHistory history = histories.load(tx, member);
    int latest = history.isEmpty() ? delta.lastDay() : history.merge(delta);
    histories.save(tx, member, history.isEmpty() ? delta : history, latest - retentionDays + 1);
  }
}
