package io.receiptcoupons.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys rotate through the keys file without a restart: old and new both valid in between. */
class ApiKeysTest {

  private static final String OLD = "old-till-key-0123456789abcdef0123456789";
  private static final String NEW = "new-till-key-0123456789abcdef0123456789";

  @TempDir Path dir;

  @Test
  void aRotationAddsTheNewKeyThenRemovesTheOldOneWithoutARestart() throws Exception {
    Path file = dir.resolve("keys.properties");
    write(file, line("till-old", OLD));
    ApiKeys keys = new ApiKeys(config(file));
    assertThat(keys.find(OLD)).map(Credential::subject).contains("till-old");
    assertThat(keys.find(NEW)).isEmpty();

    write(file, line("till-old", OLD) + line("till-new", NEW));
    awaitTrue(() -> keys.find(NEW).isPresent());
    assertThat(keys.find(OLD)).isPresent();
    assertThat(keys.find(NEW).get().store()).isEqualTo("S0012");
    assertThat(keys.find(NEW).get().roles()).containsExactly(Roles.POS);

    write(file, line("till-new", NEW));
    awaitTrue(() -> keys.find(OLD).isEmpty());
    assertThat(keys.find(NEW)).isPresent();
  }

  @Test
  void aKeyShorterThan32BytesNeverAuthenticates() throws Exception {
    String shortKey = "short-key-0123456789";
    Path file = dir.resolve("keys.properties");
    write(file, line("till", shortKey));
    assertThat(new ApiKeys(config(file)).find(shortKey)).isEmpty();
  }

  private static String line(String id, String key) {
    return id
        + ".sha256="
        + ApiKeys.hashOf(key)
        + "\n"
        + id
        + ".roles=pos\n"
        + id
        + ".store=S0012\n";
  }

  // A new modification time each write, even on a file system with coarse timestamps.
  private static void write(Path file, String text) throws Exception {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.writeString(next, text);
    long previous = Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
    Files.setLastModifiedTime(
        next,
        java.nio.file.attribute.FileTime.fromMillis(
            Math.max(previous + 2000, System.currentTimeMillis())));
    Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertThat(condition.getAsBoolean()).as("the keys file was re-read").isTrue();
  }

  private static SecurityConfig config(Path file) {
    return new SecurityConfig() {
      @Override
      public Map<String, KeyConfig> keys() {
        return Map.of();
      }

      @Override
      public Optional<Path> keysFile() {
        return Optional.of(file);
      }

      @Override
      public boolean checkKeys() {
        return true;
      }

      @Override
      public boolean requireProductionSecrets() {
        return true;
      }
    };
  }
}
