package io.receiptcoupons.system.security;

import io.receiptcoupons.system.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The valid keys: configured ones plus the keys file, which is re-read within a second of a change.
 */
@ApplicationScoped
public class ApiKeys {

  /** Shorter keys are guessable; they never authenticate, in any profile. */
  public static final int MIN_KEY_BYTES = 32;

  private static final Logger LOG = Logger.getLogger(ApiKeys.class);
  private static final long RECHECK_NANOS = 1_000_000_000L;
  private final Map<String, Credential> configured = new HashMap<>();
  private final Optional<Path> file;
  private volatile Map<String, Credential> current;
  private volatile long checkedAt;
  private volatile FileTime fileTime;

  ApiKeys(SecurityConfig config) {
    config
        .keys()
        .forEach(
            (id, key) ->
                configured.put(
                    KeyFile.hash(key.sha256()),
                    new Credential(
                        key.subject().orElse(id),
                        java.util.Set.copyOf(key.roles()),
                        key.store().orElse(null),
                        key.terminal().orElse(null))));
    this.file = config.keysFile();
    this.current = merged();
    this.checkedAt = System.nanoTime();
  }

  /** The credential a presented key belongs to, if any. */
  public Optional<Credential> find(String key) {
    if (key == null || key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
      return Optional.empty();
    }
    refreshIfDue();
    return Optional.ofNullable(current.get(hashOf(key)));
  }

  /** Every valid credential by hash, for the start-up checks. */
  public Map<String, Credential> all() {
    return Map.copyOf(merged());
  }

  public static String hashOf(String key) {
    return HexFormat.of()
        .formatHex(Sha256.newDigest().digest(key.getBytes(StandardCharsets.UTF_8)));
  }

  private void refreshIfDue() {
    long now = System.nanoTime();
    if (file.isPresent() && now - checkedAt > RECHECK_NANOS) {
      checkedAt = now;
      FileTime seen = modified(file.get());
      if (seen != null && !seen.equals(fileTime)) {
        current = merged();
      }
    }
  }

  private Map<String, Credential> merged() {
    Map<String, Credential> all = new HashMap<>(configured);
    if (file.isPresent()) {
      FileTime seen = modified(file.get());
      try {
        if (seen != null) {
          all.putAll(KeyFile.read(file.get()));
        }
        fileTime = seen;
      } catch (RuntimeException e) {
        // A half-written file must not lock every till out: the previous keys stay valid.
        LOG.warnf("Keys file %s unreadable, keeping the previous keys: %s", file.get(), e);
        return current == null ? all : current;
      }
    }
    return Map.copyOf(all);
  }

  private static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return null;
    }
  }
}
