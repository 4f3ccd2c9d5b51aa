package io.receiptcoupons.system.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** The segment files of a store file's write-ahead log: {@code <store file>.wal.<number>}. */
record LogSegments(Path file) {

  /** The segments on disk, oldest first. */
  List<Path> list() {
    String prefix = file.getFileName() + ".wal.";
    try (Stream<Path> siblings = Files.list(file.getParent())) {
      return siblings
          .filter(path -> path.getFileName().toString().startsWith(prefix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the write-ahead log of " + file, e);
    }
  }

  /** The number after every segment on disk. */
  long next() {
    List<Path> segments = list();
    return segments.isEmpty() ? 1 : number(segments.get(segments.size() - 1)) + 1;
  }

  /** Creates segment {@code number}, for appending. */
  FileChannel create(long number) {
    try {
      return FileChannel.open(
          path(number), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a write-ahead log segment for " + file, e);
    }
  }

  /** The segments numbered below {@code number}. */
  List<Path> before(long number) {
    return list().stream().filter(path -> number(path) < number).toList();
  }

  static byte[] read(Path segment) {
    try {
      return Files.readAllBytes(segment);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + segment, e);
    }
  }

  /** Cuts {@code segment} to {@code length} bytes and deletes {@code later}. */
  static void truncate(Path segment, long length, List<Path> later) {
    try (FileChannel torn = FileChannel.open(segment, StandardOpenOption.WRITE)) {
      torn.truncate(length);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot truncate " + segment, e);
    }
    delete(later);
  }

  static void delete(List<Path> segments) {
    try {
      for (Path path : segments) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete an old write-ahead log segment", e);
    }
  }

  private Path path(long number) {
    return file.resolveSibling(file.getFileName() + ".wal." + "%016d".formatted(number));
  }

  private static long number(Path segment) {
    String name = segment.getFileName().toString();
    return Long.parseLong(name.substring(name.lastIndexOf('.') + 1));
  }
}
