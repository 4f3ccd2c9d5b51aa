package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log on real files: order across rotated segments, and where a replay stops and truncates. */
class WriteAheadLogTest {

  @TempDir Path dir;

  @Test
  void replayHandsBackEveryRecordInAppendOrderAcrossRotatedSegments() {
    WriteAheadLog log = started();
    log.append(List.of(put("m", "a", "1"), put("n", "b", "2")));
    log.flush(false);
    List<Path> covered = log.rotate(false);
    log.append(List.of(remove("m", "a")));
    log.append(List.of(put("m", "a", "3")));
    log.flush(true);
    log.close();

    assertThat(covered).hasSize(1);
    assertThat(log.segments()).hasSize(2);
    List<LogRecord> replayed = new ArrayList<>();
    WriteAheadLog.Replay replay = new WriteAheadLog(store()).replay(replayed::add);
    assertThat(replay).isEqualTo(new WriteAheadLog.Replay(2, 3, 4, null));
    assertThat(replayed).extracting(LogRecord::sequence).containsExactly(1L, 2L, 3L);
    assertThat(replayed)
        .extracting(WriteAheadLogTest::describe)
        .containsExactly("m/a=1 n/b=2", "m/a removed", "m/a=3");
  }

  @Test
  void aTornLastRecordIsDroppedAndTruncatedAndTheNextReplayEndsCleanly() throws Exception {
    WriteAheadLog log = started();
    log.append(List.of(put("m", "a", "1")));
    log.append(List.of(put("m", "b", "2")));
    log.flush(false);
    long whole = log.size();
    log.append(List.of(put("m", "c", "3")));
    log.flush(false);
    log.close();
    Path segment = log.segments().get(0);
    byte[] bytes = Files.readAllBytes(segment);
    Files.write(segment, java.util.Arrays.copyOf(bytes, bytes.length - 3));

    List<LogRecord> replayed = new ArrayList<>();
    WriteAheadLog.Replay replay = new WriteAheadLog(store()).replay(replayed::add);
    assertThat(replay.records()).isEqualTo(2);
    assertThat(replay.stoppedAt()).contains(segment.getFileName().toString());
    assertThat(Files.size(segment)).isEqualTo(whole);
    assertThat(new WriteAheadLog(store()).replay(record -> {}))
        .isEqualTo(new WriteAheadLog.Replay(1, 2, 2, null));
  }

  @Test
  void aBadChecksumStopsTheReplayThereAndDropsEverythingAfterIt() throws Exception {
    WriteAheadLog log = started();
    log.append(List.of(put("m", "a", "1")));
    log.flush(false);
    long first = log.size();
    log.append(List.of(put("m", "b", "2")));
    log.append(List.of(put("m", "c", "3")));
    log.rotate(false);
    log.append(List.of(put("m", "d", "4")));
    log.flush(false);
    log.close();
    Path segment = log.segments().get(0);
    byte[] bytes = Files.readAllBytes(segment);
    bytes[(int) first + LogRecord.HEADER + 6] ^= 0x40;
    Files.write(segment, bytes);

    List<LogRecord> replayed = new ArrayList<>();
    WriteAheadLog.Replay replay = new WriteAheadLog(store()).replay(replayed::add);
    assertThat(replayed).extracting(WriteAheadLogTest::describe).containsExactly("m/a=1");
    assertThat(replay.stoppedAt()).isNotNull();
    assertThat(Files.size(segment)).isEqualTo(first);
    assertThat(log.segments()).as("the later segment, after the bad record").hasSize(1);
  }

  private WriteAheadLog started() {
    WriteAheadLog log = new WriteAheadLog(store());
    log.start();
    return log;
  }

  private Path store() {
    return dir.resolve("s.mv.db");
  }

  static LogRecord.Write put(String map, String key, String value) {
    return new LogRecord.Write(map, key, value.getBytes(StandardCharsets.UTF_8));
  }

  static LogRecord.Write remove(String map, String key) {
    return new LogRecord.Write(map, key, null);
  }

  private static String describe(LogRecord record) {
    return String.join(
        " ",
        record.writes().stream()
            .map(
                write ->
                    write.map()
                        + "/"
                        + write.key()
                        + (write.value() == null
                            ? " removed"
                            : "=" + new String(write.value(), StandardCharsets.UTF_8)))
            .toList());
  }
}
