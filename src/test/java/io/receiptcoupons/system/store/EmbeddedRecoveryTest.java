package io.receiptcoupons.system.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store after a crash: the store file as last written plus its log, on real files. */
class EmbeddedRecoveryTest {

  @TempDir Path dir;

  @Test
  void aCrashImageOfTheFileAndItsLogOpensWithEveryAcknowledgedTransaction() throws Exception {
    Path crashed = crashImage();
    assertThat(new WriteAheadLog(crashed).segments()).isNotEmpty();
    assertHoldsEverything(crashed);
  }

  @Test
  void compactRedoesTheLogOfACrashedStoreFirst() throws Exception {
    Path crashed = crashImage();
    StoreFiles.compact(crashed);
    assertThat(new WriteAheadLog(crashed).segments()).isEmpty();
    assertHoldsEverything(crashed);
  }

  // The file as stored at open (MVStore's background writer never ran after it) and the log.
  private Path crashImage() throws Exception {
    Path live = dir.resolve("live/s.mv.db");
    Path crashed = dir.resolve("crashed/s.mv.db");
    EmbeddedStore store = TestStores.embedded(live);
    try {
      copy(live, crashed);
      for (int i = 0; i < 50; i++) {
        String key = "k" + (i % 7);
        store.inTransaction(tx -> put(tx, "m", key, "v" + key));
      }
      store.inTransaction(tx -> tx.map("m").remove("k3"));
      store.inTransaction(tx -> put(tx, "other", "x", "last"));
      for (Path segment : new WriteAheadLog(live).segments()) {
        copy(segment, crashed.resolveSibling(segment.getFileName()));
      }
    } finally {
      store.close();
    }
    assertThat(new WriteAheadLog(live).segments()).as("a clean close drops the log").isEmpty();
    return crashed;
  }

  private static void assertHoldsEverything(Path file) {
    EmbeddedStore reopened = TestStores.embedded(file);
    try {
      assertThat(read(reopened, "m", "k0")).isEqualTo("vk0");
      assertThat(read(reopened, "m", "k6")).isEqualTo("vk6");
      assertThat(read(reopened, "m", "k3")).isNull();
      assertThat(read(reopened, "other", "x")).isEqualTo("last");
    } finally {
      reopened.close();
    }
  }

  @Test
  void replayOverAStoreThatAlreadyHoldsPartOfTheLogEndsInTheLoggedState() throws Exception {
    Path file = dir.resolve("s.mv.db");
    EmbeddedStore store = TestStores.embedded(file);
    // The state after the log's third record, as if MVStore had written it before the crash.
    store.inTransaction(tx -> put(tx, "m", "x", "2"));
    store.inTransaction(tx -> put(tx, "m", "y", "1"));
    store.close();
    WriteAheadLog log = new WriteAheadLog(file);
    log.start();
    log.append(List.of(WriteAheadLogTest.put("m", "x", "1"), WriteAheadLogTest.put("m", "y", "1")));
    log.append(List.of(WriteAheadLogTest.put("m", "x", "2")));
    log.append(List.of(WriteAheadLogTest.remove("m", "y")));
    log.append(List.of(WriteAheadLogTest.put("m", "z", "3")));
    log.flush(true);
    log.close();
    Path segment = log.segments().get(0);
    Path kept = copy(segment, dir.resolve("kept.wal"));

    for (int replay = 0; replay < 2; replay++) {
      EmbeddedStore reopened = TestStores.embedded(file);
      try {
        assertThat(read(reopened, "m", "x")).as("replay %d", replay).isEqualTo("2");
        assertThat(read(reopened, "m", "y")).isNull();
        assertThat(read(reopened, "m", "z")).isEqualTo("3");
      } finally {
        reopened.close();
      }
      // The same log again, over a store that now holds all of it.
      copy(kept, segment);
    }
  }

  @Test
  void aBackupIsACheckpointAndHoldsEveryTransactionAppendedBeforeItWithoutTheLog()
      throws Exception {
    Path file = dir.resolve("live/s.mv.db");
    Path copy = dir.resolve("backups/copy.mv.db");
    EmbeddedStore store = TestStores.embedded(file);
    try {
      for (int i = 0; i < 20; i++) {
        String key = "k" + i;
        store.inTransaction(tx -> put(tx, "m", key, "v"));
      }
      List<Path> before = new WriteAheadLog(file).segments();
      store.backup(copy);
      assertThat(new WriteAheadLog(file).segments())
          .as("the checkpoint rotated the log and dropped the segments it stored")
          .hasSize(1)
          .doesNotContainAnyElementsOf(before);
    } finally {
      store.close();
    }
    assertThat(new WriteAheadLog(copy).segments()).isEmpty();
    EmbeddedStore restored = TestStores.embedded(copy);
    try {
      assertThat(read(restored, "m", "k0")).isEqualTo("v");
      assertThat(read(restored, "m", "k19")).isEqualTo("v");
    } finally {
      restored.close();
    }
  }

  private static Object put(StoreTx tx, String map, String key, String value) {
    tx.map(map).put(key, value.getBytes(StandardCharsets.UTF_8));
    return null;
  }

  private static String read(Store store, String map, String key) {
    byte[] value = store.inTransaction(tx -> tx.map(map).get(key));
    return value == null ? null : new String(value, StandardCharsets.UTF_8);
  }

  private static Path copy(Path from, Path to) throws Exception {
    Files.createDirectories(to.getParent());
    return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
