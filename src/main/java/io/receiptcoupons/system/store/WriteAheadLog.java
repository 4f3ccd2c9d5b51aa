package io.receiptcoupons.system.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The redo log of the embedded store: numbered segment files beside the store file, each a run of
 * {@link LogRecord}s. Appends go to memory; {@link #flush} writes them, one write for many.
 */
final class WriteAheadLog implements AutoCloseable {

  /** What a replay applied, and where it stopped short of the end, if it did. */
  record Replay(int segments, long records, long writes, String stoppedAt) {}

  private final Path file;
  private final LogSegments files;
  private final Object io = new Object();
  private ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private long sequence;
  private long segment;
  private long segmentBytes;
  private FileChannel channel;
  private volatile IOException failure;

  /** The log of the store file {@code file}; {@link #replay} and then {@link #start} it. */
  WriteAheadLog(Path file) {
    this.file = file.toAbsolutePath();
    this.files = new LogSegments(this.file);
  }

  /** The segments on disk, oldest first. */
  List<Path> segments() {
    return files.list();
  }

  /** Replays every whole record on disk into {@code apply} ({@link LogReplay}); appends follow. */
  Replay replay(Consumer<LogRecord> apply) {
    LogReplay replay = new LogReplay(sequence);
    Replay replayed = replay.run(segments(), apply);
    sequence = replay.sequence();
    return replayed;
  }

  /** Opens a new segment after every one on disk; appends go there. */
  void start() {
    synchronized (io) {
      segment = files.next();
      channel = files.create(segment);
      segmentBytes = 0;
    }
  }

  /** Appends one transaction's write set, in memory until the next flush; returns its sequence. */
  long append(List<LogRecord.Write> writes) {
    byte[] body = LogRecord.body(writes);
    synchronized (this) {
      if (failure != null) {
        throw new IllegalStateException("The write-ahead log failed; restart the service", failure);
      }
      sequence++;
      pending.writeBytes(LogRecord.frame(sequence, body));
      return sequence;
    }
  }

  /** Bytes in the current segment, written or pending. */
  synchronized long size() {
    return segmentBytes + pending.size();
  }

  /** Writes every pending append to the segment, and forces it to the disk if asked. */
  void flush(boolean force) {
    synchronized (io) {
      byte[] bytes;
      synchronized (this) {
        bytes = pending.toByteArray();
        pending = new ByteArrayOutputStream(Math.max(bytes.length, 4096));
        segmentBytes += bytes.length;
      }
      try {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        if (force) {
          channel.force(false);
        }
      } catch (IOException e) {
        // A partly written tail would hide every later record from the replay: stop taking writes.
        failure = e;
        throw new UncheckedIOException("Cannot write the write-ahead log of " + file, e);
      }
    }
  }

  /**
   * Flushes the current segment, closes it and starts the next; returns the segments before it,
   * which a store commit of everything appended so far makes obsolete.
   */
  List<Path> rotate(boolean force) {
    synchronized (io) {
      flush(force);
      closeChannel();
      start();
      return files.before(segment);
    }
  }

  /** True when nothing was appended to the current segment. */
  boolean isEmpty() {
    return size() == 0;
  }

  /** True unless a write of the log failed. */
  boolean isHealthy() {
    return failure == null;
  }

  void delete(List<Path> obsolete) {
    LogSegments.delete(obsolete);
  }

  @Override
  public void close() {
    synchronized (io) {
      closeChannel();
    }
  }

  private void closeChannel() {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      channel = null;
    }
  }
}
