package io.receiptcoupons.system.store;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reading a write-ahead log back: its records in sequence order, up to the first torn one. */
final class LogReplay {

  private long sequence;

  /** A replay after the record numbered {@code sequence} (0: from the first on disk). */
  LogReplay(long sequence) {
    this.sequence = sequence;
  }

  /**
   * Hands every whole, well-checksummed record of {@code segments} to {@code apply}, in order, and
   * stops at the first that is not: a crash tore it mid-append, so it was never acknowledged. The
   * segment is truncated there and any later segment deleted.
   */
  WriteAheadLog.Replay run(List<Path> segments, Consumer<LogRecord> apply) {
    long records = 0;
    long writes = 0;
    for (int i = 0; i < segments.size(); i++) {
      ByteBuffer bytes = ByteBuffer.wrap(LogSegments.read(segments.get(i)));
      LogRecord record;
      while ((record = LogRecord.next(bytes)) != null && follows(record)) {
        apply.accept(record);
        sequence = record.sequence();
        records++;
        writes += record.writes().size();
      }
      if (bytes.hasRemaining()) {
        String stop = segments.get(i).getFileName() + " at byte " + bytes.position();
        LogSegments.truncate(
            segments.get(i), bytes.position(), segments.subList(i + 1, segments.size()));
        return new WriteAheadLog.Replay(i + 1, records, writes, stop);
      }
    }
    return new WriteAheadLog.Replay(segments.size(), records, writes, null);
  }

  /** The sequence of the last record applied. */
  long sequence() {
    return sequence;
  }

  // Sequences run on across segments; the first record replayed may follow deleted ones.
  private boolean follows(LogRecord record) {
    return sequence == 0 || record.sequence() == sequence + 1;
  }
}
