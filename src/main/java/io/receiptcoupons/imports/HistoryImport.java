package io.receiptcoupons.imports;

import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.member.HistoryRepository;
import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.system.Csv;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds history from a CSV of historic line items, in batches that commit with a checkpoint, so
 * that an interrupted import resumes where it stopped and counts nothing twice.
 */
@ApplicationScoped
public class HistoryImport {

  public static final String HEADER =
      "member_id,transaction_id,occurred_at,store_id,sku,category,brand,quantity,unit_price";
  static final String CHECKPOINTS = "import-checkpoints";
  private static final int BATCH_LINES = 50_000;

  private final Store store;
  private final HistoryRepository histories;
  private final MemberPseudonyms pseudonyms;
  private final Rulesets rulesets;
  private final ProgrammeConfig programme;

  HistoryImport(
      Store store,
      HistoryRepository histories,
      MemberPseudonyms pseudonyms,
      Rulesets rulesets,
      ProgrammeConfig programme) {
    this.store = store;
    this.histories = histories;
    this.pseudonyms = pseudonyms;
    this.rulesets = rulesets;
    this.programme = programme;
  }

  /** What an import did. */
  public record Report(
      long lines, long skippedLines, long transactions, long members, double seconds) {
    public double linesPerSecond() {
      return seconds == 0 ? lines : lines / seconds;
    }
  }

  /** Imports {@code file}; stops after {@code maxLines} data lines (for tests of resumption). */
  public Report run(Path file, long maxLines, Consumer<ImportProgress> progress)
      throws IOException {
    return run(file, maxLines, BATCH_LINES, progress);
  }

  /** As {@link #run(Path, long, Consumer)}, committing about every {@code batchLines} lines. */
  Report run(Path file, long maxLines, int batchLines, Consumer<ImportProgress> progress)
      throws IOException {
    String job = checkpointKey(file);
    long done = store.inTransaction(tx -> checkpoint(tx, job));
    Run run = new Run(file, job, done, maxLines, batchLines, progress);
    try (run.writer;
        Csv in = Csv.open(file)) {
      IdentifyingColumns.refuse(file, String.join(",", in.header()));
      in.requireHeader(HEADER);
      for (Csv.Row row = in.next(); row != null && run.accept(row, in); row = in.next()) {
        // accept() does the work; it returns false to stop between two transactions.
      }
      return run.finish();
    }
  }

  /** The state of one pass over a file: where it is, and what it has batched. */
  private final class Run {
    private final Path file;
    private final String job;
    private final long done;
    private final long maxLines;
    private final int batchLines;
    private final Consumer<ImportProgress> progress;
    private final long started = System.nanoTime();
    private final ImportBatch batch =
        new ImportBatch(rulesets.current().products(), programme.timeZone());
    private final ImportWriter writer =
        new ImportWriter(store, histories, pseudonyms, programme.retentionDays());
    private final Set<String> seen = new HashSet<>();
    private long line;
    private long transactions;
    private long bytes;
    private String current;

    Run(
        Path file,
        String job,
        long done,
        long maxLines,
        int batchLines,
        Consumer<ImportProgress> progress) {
      this.file = file;
      this.job = job;
      this.done = done;
      this.maxLines = maxLines;
      this.batchLines = batchLines;
      this.progress = progress;
    }

    // line counts data rows, which is what a checkpoint records; messages name the file's lines.
    boolean accept(Csv.Row row, Csv in) throws IOException {
      bytes = in.charsRead();
      if (++line <= done) {
        return true;
      }
      ImportRow r = ImportRow.parse(row.fields(), row.line());
      if (!r.transactionId().equals(current)) {
        // Stop only between transactions, so that a checkpoint never splits one.
        if (line - 1 - done >= maxLines) {
          line--;
          return false;
        }
        startTransaction(r.transactionId(), row.line());
      }
      batch.add(r, row.line());
      return true;
    }

    private void startTransaction(String transactionId, long fileLine) throws IOException {
      if (batch.lines() >= batchLines) {
        writer.submit(batch.drain(), job, line - 1);
        progress.accept(new ImportProgress(line - 1 - done, bytes, Files.size(file), started));
      }
      if (!seen.add(transactionId)) {
        throw new IllegalArgumentException(
            "line "
                + (line + 1)
                + ": rows of transaction "
                + transactionId
                + " are not contiguous");
      }
      current = transactionId;
      transactions++;
    }

    Report finish() {
      writer.submit(batch.drain(), job, line);
      writer.await();
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Report(line - done, done, transactions, batch.membersSeen(), seconds);
    }
  }

  private static long checkpoint(StoreTx tx, String job) {
    byte[] value = tx.map(CHECKPOINTS).get(job);
    return value == null
        ? 0
        : Long.parseLong(new String(value, java.nio.charset.StandardCharsets.US_ASCII));
  }

  // A changed file is a new job: its name, size and modification time identify it.
  private static String checkpointKey(Path file) throws IOException {
    return file.toAbsolutePath()
        + "|"
        + Files.size(file)
        + "|"
        + Files.getLastModifiedTime(file).toMillis();
  }

  /** Progress so far: lines done in this run, bytes read, the file size, and the start time. */
  public record ImportProgress(long lines, long bytesRead, long fileBytes, long startedNanos) {}
}
