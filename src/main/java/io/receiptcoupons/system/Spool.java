package io.receiptcoupons.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A bounded, durable local queue of records, one synced file per id in a directory, oldest first;
 * past the bound the oldest are dropped and counted. An id already queued is not queued again.
 */
public final class Spool {

  private static final String SUFFIX = ".rec";
  private final Path dir;
  private final int bound;
  private final Counter dropped;
  private final Set<String> ids = new HashSet<>();
  private long next;

  public Spool(Path dir, int bound, String name, MeterRegistry registry) {
    this.dir = dir;
    this.bound = bound;
    this.dropped =
        Counter.builder("coupons.spool.dropped")
            .description("Spooled records dropped, oldest first, past the spool's bound")
            .tag("spool", name)
            .register(registry);
    Gauge.builder("coupons.spool.depth", ids, Set::size)
        .description("Records waiting in the local spool")
        .tag("spool", name)
        .register(registry);
    open();
  }

  /** Queues the record durably (written and synced before this returns). */
  public synchronized void add(String id, byte[] record) {
    String name = Sha256.hex(id, 16);
    if (ids.contains(name)) {
      return;
    }
    Path file = dir.resolve(String.format("%016x-%s%s", next++, name, SUFFIX));
    Path temp = dir.resolve(file.getFileName() + ".tmp");
    try (FileChannel out =
        FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap(record));
      out.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    move(temp, file);
    ids.add(name);
    trim();
  }

  /** The queued files, oldest first. */
  public synchronized List<Path> pending() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a record once it has been applied. */
  public synchronized void remove(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ids.remove(id(file));
  }

  public synchronized int depth() {
    return ids.size();
  }

  private void trim() {
    List<Path> files = pending();
    for (int i = 0; i < files.size() - bound; i++) {
      remove(files.get(i));
      dropped.increment();
    }
  }

  private void open() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the spool directory " + dir, e);
    }
    for (Path file : pending()) {
      ids.add(id(file));
      next = Math.max(next, Long.parseLong(file.getFileName().toString().substring(0, 16), 16) + 1);
    }
  }

  private static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(17, name.length() - SUFFIX.length());
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
