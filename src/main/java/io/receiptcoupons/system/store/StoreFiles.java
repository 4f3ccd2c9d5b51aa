package io.receiptcoupons.system.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.h2.mvstore.tx.TransactionStore;

/** The embedded store file on disk: its directory, backup and compaction (MVStore's own tools). */
public final class StoreFiles {

  private StoreFiles() {}

  static void createParent(Path file) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the store directory for " + file, e);
    }
  }

  /**
   * Copies the live file with MVStore's online backup, which stops reusing space while it copies,
   * so the copy ends on a complete chunk; the copy appears at {@code target} only once complete.
   */
  static void backup(MVStore store, Path target) {
    try {
      Path parent = Files.createDirectories(target.toAbsolutePath().getParent());
      Path zip = Files.createTempFile(parent, "backup-", ".zip");
      Path partial = Files.createTempFile(parent, "backup-", ".partial");
      try {
        try (OutputStream out = Files.newOutputStream(zip);
            ZipOutputStream entries = new ZipOutputStream(out)) {
          store.getFileStore().backup(entries);
        }
        try (InputStream in = Files.newInputStream(zip);
            ZipInputStream entries = new ZipInputStream(in)) {
          entries.getNextEntry();
          Files.copy(entries, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(zip);
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot back up the store to " + target, e);
    }
  }

  /** Rewrites a closed store file without its free space; returns the sizes before and after. */
  public static long[] compact(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no store file at " + file);
    }
    try {
      redoLog(file);
      long before = Files.size(file);
      MVStoreTool.compact(file.toString(), true);
      return new long[] {before, Files.size(file)};
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot compact " + file, e);
    }
  }

  // After a crash the write-ahead log beside the file holds answered checkouts the file may not.
  private static void redoLog(Path file) {
    if (new WriteAheadLog(file).segments().isEmpty()) {
      return;
    }
    MVStore store = new MVStore.Builder().fileName(file.toString()).open();
    try {
      TransactionStore transactions = new TransactionStore(store);
      transactions.init();
      LogRedo.recover(store, transactions, file, true);
      transactions.close();
    } finally {
      store.close();
    }
  }
}
