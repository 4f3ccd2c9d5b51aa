package io.receiptcoupons.system.store;

import io.receiptcoupons.system.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/** Online backups of the embedded store into {@code coupons.store.backup-dir}, one file each. */
@ApplicationScoped
public class StoreBackup {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");
  private final StoreConfig config;
  private final Instance<EmbeddedStore> embedded;
  private final Clock clock = Clock.systemUTC();

  StoreBackup(StoreConfig config, Instance<EmbeddedStore> embedded) {
    this.config = config;
    this.embedded = embedded;
  }

  /** The copy written, and its size. */
  public record Copy(String file, long bytes) {}

  /** Writes a consistent copy of the live store while checkouts go on, and returns it. */
  public Copy backup() {
    if (config.kind() != StoreConfig.Kind.EMBEDDED) {
      throw new ConflictException("backups are of the embedded store; back up Redis's own files");
    }
    String name = "coupons-" + STAMP.format(clock.instant().atOffset(java.time.ZoneOffset.UTC));
    Path target = Path.of(config.backupDir()).toAbsolutePath().resolve(name + ".mv.db");
    embedded.get().backup(target);
    try {
      return new Copy(target.toString(), Files.size(target));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
